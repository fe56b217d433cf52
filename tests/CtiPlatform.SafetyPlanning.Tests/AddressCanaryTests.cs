using System.Net.Http.Json;
using System.Text;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// A canary address, registered, renewed, opened, refused and ended, is nowhere in clear but the answer to its worker's
/// disclosure: not in any table of the database, not in the logs, not in any message on the bus, not in a problem.
/// </summary>
public sealed class AddressCanaryTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private const string Canary = "Kanarievej";
    private static readonly string CanaryAddress = $"{Canary} 13, 1. tv., 5000 Odense C";

    [Fact]
    public async Task The_address_is_absent_in_clear_from_the_database_logs_messages_and_problems()
    {
        var safety = new SafetyClient(fixture);
        var courseId = await safety.ApprovedCourseAsync("medarbejder-kanarie");
        var ended = await safety.ApprovedCourseAsync("medarbejder-kanarie");
        using var worker = safety.Worker("medarbejder-kanarie");
        var problems = new StringBuilder();

        foreach (var id in new[] { courseId, ended })
        {
            (await worker.PutAsJsonAsync($"{SafetyClient.Prefix}/{id}/protected-address",
                new RegisterProtectedAddressRequest(AddressProtectionKind.NameAndAddress, CanaryAddress, fixture.Today), TestJson.Options)).EnsureSuccessStatusCode();
        }

        (await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/protected-address/disclosures",
            new DiscloseAddressRequest(DisclosurePurpose.HousingMatter), TestJson.Options)).EnsureSuccessStatusCode();
        (await worker.DeleteAsync($"{SafetyClient.Prefix}/{ended}/protected-address")).EnsureSuccessStatusCode();
        foreach (var refused in new object[]
                 {
                     new RegisterProtectedAddressRequest(AddressProtectionKind.NameAndAddress, CanaryAddress + new string('x', 300), fixture.Today),
                     new RegisterProtectedAddressRequest(AddressProtectionKind.NameAndAddress, CanaryAddress, fixture.Today.AddYears(-2)),
                     new { kind = "Unknown", address = CanaryAddress, registeredOn = fixture.Today },
                 })
        {
            var response = await worker.PutAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/protected-address", refused, TestJson.Options);
            Assert.False(response.IsSuccessStatusCode);
            problems.AppendLine(await response.Content.ReadAsStringAsync());
        }

        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<AddressProtectionEnded>(ended)), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "every event published");

        Assert.DoesNotContain(Canary, await EveryRowAsTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(Canary, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(fixture.Bus.Received, m => (m.Body + m.Headers).Contains(Canary, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Canary, problems.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every row of every table of the service's database, as the superuser reads it past row-level security.</summary>
    private async Task<string> EveryRowAsTextAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("public.protected_addresses", tables);
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"select coalesce(string_agg(t::text, E'\\n'), '') from {table} t", connection);
            text.AppendLine((string)(await select.ExecuteScalarAsync())!);
        }

        Assert.Contains("v2:", text.ToString(), StringComparison.Ordinal);
        return text.ToString();
    }
}
