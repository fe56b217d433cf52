using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// Simultaneous commands on the same course, sent at once over real HTTP: one wins, every other is told with a 409
/// problem to reload (decision 608), and nothing of the losers is written.
/// </summary>
public sealed class ConcurrencyTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private const int Simultaneous = 6;
    private readonly SafetyClient safety = new(fixture);

    [Fact]
    public async Task Simultaneous_stops_of_all_contact_stop_it_once_and_the_others_get_409_with_one_event()
    {
        for (var round = 0; round < 3; round++)
        {
            var courseId = await safety.ApprovedCourseAsync("medarbejder-samtidig-stop");
            using var worker = safety.Worker("medarbejder-samtidig-stop");

            var answers = await Task.WhenAll(Enumerable.Range(0, Simultaneous).Select(_ => worker.PostAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop", null)));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            {
                var problem = (await refused.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString();
                Assert.Contains(problem, new[] { "ConcurrentChange", "ContactAlreadyStopped" });
            }

            Assert.Equal(1, await CountAsync("select count(*) from contact_stops where course_id = @id", courseId));

            // One ordering key per course: once the lift is out, every stop published before it is too.
            (await worker.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/contact-stop/lift", new LiftContactStopRequest("Samtale med hende"), TestJson.Options))
                .EnsureSuccessStatusCode();
            await Eventually.Until(() => Task.FromResult(fixture.Bus.Of<ContactStopLifted>(courseId)), m => m.Count == 1, TimeSpan.FromSeconds(30), "the lift published");
            Assert.Single(fixture.Bus.Of<ContactStopped>(courseId));
        }
    }

    [Fact]
    public async Task Simultaneous_revisions_of_the_same_version_write_one_and_the_others_are_told_to_reload()
    {
        for (var round = 0; round < 3; round++)
        {
            var courseId = await safety.ApprovedCourseAsync("medarbejder-samtidig-plan");
            using var worker = safety.Worker("medarbejder-samtidig-plan");
            var path = $"{SafetyClient.Prefix}/{courseId}/safety-plan/versions";
            (await worker.PostAsJsonAsync(path, new WriteSafetyPlanRequest(SafetyPlanTests.Sections("Bagtrappen"), fixture.Today.AddDays(30)), TestJson.Options))
                .EnsureSuccessStatusCode();

            var answers = await Task.WhenAll(Enumerable.Range(0, Simultaneous).Select(i => worker.PostAsJsonAsync(
                path, new WriteSafetyPlanRequest(SafetyPlanTests.Sections($"Revision {i}"), fixture.Today.AddDays(40)) { BasedOnVersion = 1 }, TestJson.Options)));

            var written = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            Assert.Equal(2, (await written.Content.ReadFromJsonAsync<SafetyPlanView>(TestJson.Options))!.Version);
            foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            {
                var rule = (await refused.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString();
                Assert.Contains(rule, new[] { "ConcurrentChange", "PlanVersionChanged" });
            }

            Assert.Equal(2, await CountAsync("select count(*) from safety_plan_versions where course_id = @id", courseId));
            Assert.Equal(1, await CountAsync("select count(*) from safety_plan_versions where course_id = @id and review_token_id is not null", courseId));
        }
    }

    [Fact]
    public async Task A_revision_of_a_version_no_longer_current_is_refused_and_writes_nothing()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-gammel-plan");
        using var worker = safety.Worker("medarbejder-gammel-plan");
        var path = $"{SafetyClient.Prefix}/{courseId}/safety-plan/versions";
        foreach (var basedOn in new[] { 0, 1 })
        {
            (await worker.PostAsJsonAsync(path, new WriteSafetyPlanRequest(SafetyPlanTests.Sections("Bagtrappen"), fixture.Today.AddDays(30)) { BasedOnVersion = basedOn }, TestJson.Options))
                .EnsureSuccessStatusCode();
        }

        var stale = await worker.PostAsJsonAsync(path, new WriteSafetyPlanRequest(SafetyPlanTests.Sections("Gammel"), fixture.Today.AddDays(30)) { BasedOnVersion = 1 }, TestJson.Options);
        var negative = await worker.PostAsJsonAsync(path, new WriteSafetyPlanRequest(SafetyPlanTests.Sections("Gammel"), fixture.Today.AddDays(30)) { BasedOnVersion = -1 }, TestJson.Options);

        await stale.AssertRuleAsync("PlanVersionChanged");
        await negative.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "basedOnVersion", "GreaterThanOrEqual");
        Assert.Equal(2, await CountAsync("select count(*) from safety_plan_versions where course_id = @id", courseId));
    }

    private async Task<long> CountAsync(string sql, Guid courseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", courseId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
