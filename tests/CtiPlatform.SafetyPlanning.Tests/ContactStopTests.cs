using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// One command stops all contact with her until lifted with a reason; each publishes exactly one event through the
/// outbox, carrying the course and nothing of why.
/// </summary>
public sealed class ContactStopTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private const string Reason = "Hun har selv bedt om beskeder igen efter samtale om Stenrosevej";
    private readonly SafetyClient safety = new(fixture);

    [Fact]
    public async Task Stopping_publishes_one_event_and_a_second_stop_is_refused_without_another()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-stop");
        using var worker = safety.Worker("medarbejder-stop");

        var stopped = await worker.PostAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop", null);
        var again = await worker.PostAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop", null);
        (await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop/lift", new LiftContactStopRequest(Reason), TestJson.Options))
            .EnsureSuccessStatusCode();

        stopped.EnsureSuccessStatusCode();
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("ContactAlreadyStopped", problem.ToString(), StringComparison.Ordinal);

        // One ordering key per course: the lift goes out after every stop published before it.
        await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<ContactStopLifted>(courseId)), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the lift published");
        var stop = Assert.Single(fixture.Bus.Of<ContactStopped>(courseId));
        Assert.Equal(["courseId", "stoppedAt", "tenantId"], MessageFields(stop));
        Assert.Equal(["courseId", "liftedAt", "tenantId"], MessageFields(Assert.Single(fixture.Bus.Of<ContactStopLifted>(courseId))));
    }

    [Fact]
    public async Task A_team_lead_stops_contact_and_the_overview_shows_it_until_lifted()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-leder-stop");
        using var lead = safety.TeamLead();
        using var worker = safety.Worker("medarbejder-leder-stop");

        var stop = (await (await lead.PostAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop", null)).Content.ReadFromJsonAsync<ContactStopView>(TestJson.Options))!;
        var overview = (await worker.GetFromJsonAsync<SafetyOverviewView>($"{SafetyClient.Prefix}/{courseId}", TestJson.Options))!;
        Assert.Equal(stop.Id, overview.ContactStop!.Id);
        Assert.Equal("teamleder-" + TestTokens.TenantA, overview.ContactStop.StoppedBy);

        var lifted = await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop/lift", new LiftContactStopRequest(Reason), TestJson.Options);

        Assert.Equal("medarbejder-leder-stop", (await lifted.Content.ReadFromJsonAsync<ContactStopView>(TestJson.Options))!.LiftedBy);
        Assert.Null((await worker.GetFromJsonAsync<SafetyOverviewView>($"{SafetyClient.Prefix}/{courseId}", TestJson.Options))!.ContactStop);
        Assert.DoesNotContain("Stenrosevej", await ContactStopRowsAsync(courseId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lifting_without_a_reason_is_refused_naming_the_field_and_contact_stays_stopped()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-uden-grund");
        using var worker = safety.Worker("medarbejder-uden-grund");
        (await worker.PostAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop", null)).EnsureSuccessStatusCode();

        var response = await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop/lift", new LiftContactStopRequest(" "), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "reason", "NotEmpty");
        Assert.NotNull((await worker.GetFromJsonAsync<SafetyOverviewView>($"{SafetyClient.Prefix}/{courseId}", TestJson.Options))!.ContactStop);
    }

    [Fact]
    public async Task Lifting_when_contact_is_not_stopped_is_refused()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-intet-stop");
        using var worker = safety.Worker("medarbejder-intet-stop");

        var response = await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop/lift", new LiftContactStopRequest(Reason), TestJson.Options);

        Assert.Contains("ContactNotStopped", (await response.AssertProblemAsync(HttpStatusCode.Conflict)).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contact-stop")]
    [InlineData("contact-stop/lift")]
    public async Task Stop_and_lift_answer_404_to_an_unassigned_worker_and_to_another_municipality(string path)
    {
        var worker = "medarbejder-404-" + path.Length;
        var courseId = await safety.ApprovedCourseAsync(worker);
        if (path.EndsWith("lift", StringComparison.Ordinal))
        {
            using var own = safety.Worker(worker);
            (await own.PostAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop", null)).EnsureSuccessStatusCode();
        }

        foreach (var caller in new[] { safety.Worker("medarbejder-ikke-tildelt"), safety.Worker(worker, TestTokens.TenantB), safety.TeamLead(TestTokens.TenantB) })
        {
            using (caller)
            {
                var response = await caller.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/{path}", new LiftContactStopRequest(Reason), TestJson.Options);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }
    }

    private async Task<string> ContactStopRowsAsync(Guid courseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(string_agg(t::text, E'\\n'), '') from contact_stops t where course_id = @id", connection);
        command.Parameters.AddWithValue("id", courseId);
        var rows = (string)(await command.ExecuteScalarAsync())!;
        Assert.Contains("v2:", rows, StringComparison.Ordinal);
        return rows;
    }

    private static string[] MessageFields(CapturedMessage message) =>
        [.. JsonDocument.Parse(message.Body).RootElement.GetProperty("message").EnumerateObject().Select(p => p.Name).Order()];
}
