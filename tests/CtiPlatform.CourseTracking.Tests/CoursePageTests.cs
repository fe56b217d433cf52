using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// One course's whole page of data in one request (decision 517): each section as its own endpoint answers it, for the
/// worker and for a team lead (who sees network persons without her consent only as a count); 404 for anyone else; one
/// access-log entry for the whole page.
/// </summary>
public sealed class CoursePageTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private static readonly (string Section, string Path)[] Sections =
    [
        ("course", ""), ("meetings", "/meetings"), ("contacts", "/contacts"), ("intensity", "/intensity"), ("checklists", "/checklists"),
        ("plan", "/plan"), ("compass", "/compass"), ("phaseDocumentation", "/phase-documentation"), ("handOverPlan", "/hand-over-plan"),
        ("network", "/network"), ("fidelity", "/fidelity"),
    ];

    private readonly ClosedCourses courses = new(fixture);

    [Fact]
    public async Task The_page_holds_every_section_exactly_as_its_own_endpoint_answers_it_for_the_worker_and_the_team_lead()
    {
        var id = await WorkedCourseAsync("worker-page");

        foreach (var client in new[] { fixture.Worker("worker-page"), fixture.TeamLead() })
        {
            var page = JsonNode.Parse(await client.GetStringAsync($"{Meetings.Path(id)}/page"))!.AsObject();

            Assert.Equal(Sections.Select(s => s.Section), page.Select(p => p.Key));
            foreach (var (section, path) in Sections)
            {
                var own = JsonNode.Parse(await client.GetStringAsync(Meetings.Path(id) + path));
                Assert.True(JsonNode.DeepEquals(own, page[section]), $"{section}: the page has {page[section]?.ToJsonString()}, the section {own?.ToJsonString()}");
            }
        }

        // The team lead sees the person she has not consented to share only as a count.
        var asLead = JsonNode.Parse(await fixture.TeamLead().GetStringAsync($"{Meetings.Path(id)}/page"))!;
        var asWorker = JsonNode.Parse(await fixture.Worker("worker-page").GetStringAsync($"{Meetings.Path(id)}/page"))!;
        Assert.Equal((1, 1), (asLead["network"]!["persons"]!.AsArray().Count, (int)asLead["network"]!["notConsentedCount"]!));
        Assert.Equal(2, asWorker["network"]!["persons"]!.AsArray().Count);
        Assert.Equal("Noter fra mødet", (string)asWorker["meetings"]![0]!["notes"]!);
    }

    [Fact]
    public async Task The_page_is_not_found_for_another_worker_and_another_municipality_and_is_access_logged_once()
    {
        var id = await courses.InPhase3Async("worker-page-own", start: 5);
        var logged = "select count(*) from access_log where subject_id = @id::text";

        foreach (var stranger in new[] { fixture.Worker("worker-page-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-page-own", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Meetings.Path(id)}/page")).StatusCode);
        }

        var before = await fixture.Rows.CountAsync(logged, id);
        (await fixture.Worker("worker-page-own").GetAsync($"{Meetings.Path(id)}/page")).EnsureSuccessStatusCode();

        Assert.Equal(before + 1, await fixture.Rows.CountAsync(logged, id));
        Assert.Equal(1, await fixture.Rows.CountAsync(
            "select count(*) from access_log where subject_id = @id::text and subject_type = 'course-page' and actor_id = 'worker-page-own' and action = 'read'", id));
    }

    /// <summary>A course in phase 3 with something in every section, and two network persons, one she has not consented to share.</summary>
    private async Task<Guid> WorkedCourseAsync(string workerId)
    {
        var worker = fixture.Worker(workerId);
        var id = await courses.InPhase3Async(workerId, start: 4, hasChildren: true);
        await worker.PlanAsync(id, "Housing", "Children");
        await worker.PlannedAsync(id, fixture.Today.AddDays(1), "10:00", notes: "Noter fra mødet");
        await worker.ContactedAsync(id, fixture.Today.AddDays(-3), 20);
        await worker.TickAsync(id, ChecklistTransition.ContactPeriodEnd);
        await worker.ScoreAsync(id, "Start", "Worker");
        await worker.DocumentAsync(id, 3, "Housing", "Children");
        await worker.HandOverMeetingsAsync(id, fixture.Today.AddDays(30));
        foreach (var (name, consent) in new[] { ("Mor", true), ("Nabo", false) })
        {
            (await worker.PostAsJsonAsync($"{Meetings.Path(id)}/network",
                new { kind = "Person", role = "FamilyOrRelative", sector = "Family", distance = 1, active = true, consent, name }, TestJson.Options)).EnsureSuccessStatusCode();
        }

        return id;
    }
}
