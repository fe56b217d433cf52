using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CtiPlatform.Testing;
using Microsoft.Data.Sqlite;

namespace CtiPlatform.Standalone.Tests;

/// <summary>
/// The issue's full-platform canary: in the standalone host, every service embedded, a course made the platform's way
/// gets a canary protected address and canary never-contact people, and neither is anywhere in clear — not in any file
/// of the data folder read as bytes, not in any table of any service's database, not in the host's output, not in a
/// problem — only in the answers to her own worker.
/// </summary>
public sealed class StandaloneCanaryTests
{
    private const string AddressCanary = "Kanarievej";
    private const string NameCanary = "Kanariefugl";
    private const string PhoneDigits = "71829364";
    private static readonly string[] Canaries = [AddressCanary, NameCanary, "Kanarie", PhoneDigits, "71 82 93 64"];

    [Fact]
    public async Task The_protected_address_and_never_contact_people_are_absent_in_clear_from_every_services_data_the_logs_and_problems()
    {
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(90));
        using var worker = host.Client("cti-worker");
        var courseId = await ApprovedCourseAsync(host);
        var course = $"/api/safety/courses/{courseId}";
        await Eventually.Until(() => worker.GetAsync(course), r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(30), "the course in safety planning");
        var problems = new StringBuilder();
        var today = StandaloneHostTests.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        (await worker.PutAsJsonAsync($"{course}/protected-address", new { kind = "NameAndAddress", address = $"{AddressCanary} 13, 1. tv., 5000 Odense C", registeredOn = today }))
            .EnsureSuccessStatusCode();
        var disclosed = await worker.PostAsJsonAsync($"{course}/protected-address/disclosures", new { purpose = "HomeVisit" });
        Assert.Contains(AddressCanary, await disclosed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = await worker.PostAsJsonAsync($"{course}/never-contact", new { relation = "ExPartner", names = new[] { $"{NameCanary} Kragesen" }, phoneNumbers = new[] { "+45 71 82 93 64" } });
        var personId = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await worker.PutAsJsonAsync($"{course}/never-contact/{personId}", new { relation = "ExPartner", names = new[] { $"{NameCanary} Kragesen", "Kanarie" }, phoneNumbers = new[] { PhoneDigits } }))
            .EnsureSuccessStatusCode();
        var brother = await worker.PostAsJsonAsync($"{course}/never-contact", new { relation = "HisFamily", names = new[] { $"{NameCanary} Bror" }, phoneNumbers = Array.Empty<string>() });
        var brotherId = (await brother.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await worker.PostAsJsonAsync($"{course}/never-contact/{brotherId}/removal", new { reason = $"{NameCanary} Bror er flyttet til Kanarieøerne" })).EnsureSuccessStatusCode();
        foreach (var (path, refused) in new (string, object)[]
                 {
                     ("protected-address", new { kind = "NameAndAddress", address = AddressCanary + new string('x', 300), registeredOn = today }),
                     ("protected-address", new { kind = "Kanarie", address = AddressCanary, registeredOn = today }),
                     ("never-contact", new { relation = "ExPartner", names = new[] { NameCanary }, phoneNumbers = new[] { PhoneDigits + "99999999" } }),
                     ("never-contact", new { relation = "ExPartner", names = new[] { NameCanary + new string('x', 200) }, phoneNumbers = new[] { "Kanarie " + PhoneDigits } }),
                 })
        {
            var response = path == "protected-address"
                ? await worker.PutAsJsonAsync($"{course}/{path}", refused)
                : await worker.PostAsJsonAsync($"{course}/{path}", refused);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            problems.AppendLine(await response.Content.ReadAsStringAsync());
        }

        // Every event has left safety planning: only its scheduled reminders still wait in its outbox.
        await Eventually.Until(() => Task.FromResult(PendingOutboxMessages(host)), pending => pending == 0, TimeSpan.FromSeconds(30), "safety planning's outbox drained");

        var files = Directory.GetFiles(host.DataDirectory, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => Path.GetFileName(f) == "safetyplanning-db.db");
        var rows = EveryRowOfEveryDatabase(files.Where(f => f.EndsWith(".db", StringComparison.Ordinal)));
        Assert.Contains("v2:", rows, StringComparison.Ordinal);
        foreach (var canary in Canaries)
        {
            var bytes = Encoding.UTF8.GetBytes(canary);
            Assert.DoesNotContain(files, f => File.ReadAllBytes(f).AsSpan().IndexOf(bytes) >= 0);
            Assert.DoesNotContain(canary, rows, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(canary, host.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(canary, problems.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<string> ApprovedCourseAsync(StandaloneProcess host)
    {
        using var shelter = host.Client("shelter");
        using var committee = host.Client("visitation-committee");
        using var lead = host.Client("team-lead");
        var submitted = await shelter.PostAsJsonAsync("/api/referrals", StandaloneHostTests.Referral());
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var meeting = (await committee.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={StandaloneHostTests.Today.AddDays(-40):yyyy-MM-dd}&count=10"))!
            .Where(d => d <= StandaloneHostTests.Today).Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await lead.PostAsJsonAsync("/api/referrals/workers", new { workerId = "demo-cti-worker" })).EnsureSuccessStatusCode();
        (await committee.PostAsJsonAsync($"/api/referrals/{id}/approve",
            new { meetingDate = meeting, participants = new[] { "demo-cti-worker", "demo-udvalg-danner" }, workerId = "demo-cti-worker" })).EnsureSuccessStatusCode();
        return id;
    }

    private static long PendingOutboxMessages(StandaloneProcess host)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "safetyplanning-db.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from outbox_messages where scheduling_token_id is null";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every value of every row of every table of each service's SQLite database, as text.</summary>
    private static string EveryRowOfEveryDatabase(IEnumerable<string> databases)
    {
        var text = new StringBuilder();
        foreach (var database in databases)
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            var tables = new List<string>();
            using (var list = connection.CreateCommand())
            {
                list.CommandText = "select name from sqlite_master where type = 'table'";
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                using var select = connection.CreateCommand();
                select.CommandText = $"select * from \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        text.Append(reader.GetValue(i) is byte[] blob ? Encoding.UTF8.GetString(blob) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\t');
                    }

                    text.AppendLine();
                }
            }
        }

        return text.ToString();
    }
}
