using System.Net;
using System.Net.Http.Json;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>Her safety plan is versioned: a revision never overwrites, earlier versions stay readable, sections are sealed at rest.</summary>
public sealed class SafetyPlanTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    private readonly SafetyClient safety = new(fixture);

    public static SafetyPlanSections Sections(string escapeRoute) => new(
        escapeRoute, "Krisecentret i Valby", "Pas, sygesikringskort, 500 kr. og tøj til to dage hos naboen", "Badeværelset kan låses",
        "112 og hendes søster", "Kæde på hoveddøren", "Polititilhold og overfaldsalarm", "Skjult profil, ingen lokationsdeling",
        "Udlevering af børnene på politistationen", "Kun hun og mormor må hente børnene i børnehaven");

    [Fact]
    public async Task A_revision_never_overwrites_and_every_earlier_version_stays_readable()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-plan");
        using var worker = safety.Worker("medarbejder-plan");
        var path = $"{SafetyClient.Prefix}/{courseId}/safety-plan";

        var first = await worker.PostAsJsonAsync($"{path}/versions", new WriteSafetyPlanRequest(Sections("Bagtrappen til naboen"), fixture.Today.AddDays(30)), TestJson.Options);
        var second = await worker.PostAsJsonAsync($"{path}/versions", new WriteSafetyPlanRequest(Sections("Hoveddøren og videre til taxa"), fixture.Today.AddDays(60)), TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<SafetyPlanView>(TestJson.Options))!.Version);
        var current = (await worker.GetFromJsonAsync<SafetyPlanView>(path, TestJson.Options))!;
        Assert.Equal("Hoveddøren og videre til taxa", current.Sections.EscapeRoute);
        Assert.Equal(fixture.Today.AddDays(60), current.ReviewOn);
        var versions = (await worker.GetFromJsonAsync<SafetyPlanVersionSummary[]>($"{path}/versions", TestJson.Options))!;
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        var earlier = (await worker.GetFromJsonAsync<SafetyPlanView>($"{path}/versions/1", TestJson.Options))!;
        Assert.Equal("Bagtrappen til naboen", earlier.Sections.EscapeRoute);
        Assert.Equal("Kun hun og mormor må hente børnene i børnehaven", earlier.Sections.ChildrenCollection);
        var rows = await PlanRowsAsync(courseId);
        Assert.DoesNotContain("Bagtrappen", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoveddøren", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_without_a_review_date_is_refused_naming_the_field()
    {
        var courseId = await safety.ApprovedCourseAsync("medarbejder-plan-uden-dato");
        using var worker = safety.Worker("medarbejder-plan-uden-dato");

        var response = await worker.PostAsJsonAsync(
            $"{SafetyClient.Prefix}/{courseId}/safety-plan/versions", new WriteSafetyPlanRequest(Sections("Bagtrappen"), null), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "reviewOn", "NotNull");
    }

    [Theory]
    [InlineData("POST", "safety-plan/versions")]
    [InlineData("GET", "safety-plan")]
    [InlineData("GET", "safety-plan/versions")]
    [InlineData("GET", "safety-plan/versions/1")]
    public async Task Every_plan_endpoint_answers_404_to_an_unassigned_worker_and_to_another_municipality(string method, string path)
    {
        var worker = $"medarbejder-plan-404-{method}{path.Length}";
        var courseId = await safety.ApprovedCourseAsync(worker);
        using (var own = safety.Worker(worker))
        {
            (await own.PostAsJsonAsync($"{SafetyClient.Prefix}/{courseId}/safety-plan/versions",
                new WriteSafetyPlanRequest(Sections("Bagtrappen"), fixture.Today.AddDays(30)), TestJson.Options)).EnsureSuccessStatusCode();
        }

        foreach (var caller in new[] { safety.Worker("medarbejder-ikke-tildelt"), safety.Worker(worker, TestTokens.TenantB), safety.TeamLead(TestTokens.TenantB) })
        {
            using (caller)
            {
                var url = $"{SafetyClient.Prefix}/{courseId}/{path}";
                var response = method == "GET"
                    ? await caller.GetAsync(url)
                    : await caller.PostAsJsonAsync(url, new WriteSafetyPlanRequest(Sections("Andet"), fixture.Today.AddDays(30)), TestJson.Options);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }
    }

    private async Task<string> PlanRowsAsync(Guid courseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(string_agg(t::text, E'\\n'), '') from safety_plan_versions t where course_id = @id", connection);
        command.Parameters.AddWithValue("id", courseId);
        var rows = (string)(await command.ExecuteScalarAsync())!;
        Assert.Contains("v2:", rows, StringComparison.Ordinal);
        return rows;
    }
}
