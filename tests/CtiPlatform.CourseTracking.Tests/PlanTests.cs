using System.Net;
using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The CTI plan per phase: one to three focus areas from the themes, revised as new versions with the earlier ones kept.</summary>
public sealed class PlanTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string CanaryGoal = "Flytte væk fra Kanariefugl Hansen, 61 23 45 67";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task A_revision_at_the_phase_shift_is_a_new_version_and_the_earlier_one_stays_viewable_as_it_was_made()
    {
        var id = await InPhase1Async("worker-plan");
        var worker = fixture.Worker("worker-plan");

        var first = await worker.PostAsJsonAsync(Path(id), Plan(Area("Housing", CanaryGoal), Area("Safety", "En sikkerhedsplan", networkPerson: "mor")), TestJson.Options);
        first.EnsureSuccessStatusCode();
        await lifecycle.PhaseAsync(id, "worker-plan", 2, fixture.Today, fixture.Today.AddMonths(3));
        var due = await ReadAsync(worker, id);
        (await worker.PostAsJsonAsync(Path(id), Plan(Area("Housing", "Betale husleje til tiden"), Area("Economy", "Et budget"), Area("DailyActivities", "Gå til svømning")), TestJson.Options))
            .EnsureSuccessStatusCode();
        var revised = await ReadAsync(fixture.TeamLead(), id);

        Assert.Equal((2, true), (due.CurrentPhase!.Value, due.RevisionDue));
        Assert.Equal((2, false), (revised.CurrentPhase!.Value, revised.RevisionDue));
        Assert.Equal([2, 1], revised.Versions.Select(v => v.Version));
        Assert.Equal((2, "2. CTI-fase", 3), (revised.Versions[0].Phase, revised.Versions[0].PhaseLabel, revised.Versions[0].FocusAreas.Count));
        var earlier = revised.Versions[1];
        Assert.Equal((1, "worker-plan"), (earlier.Phase, earlier.CreatedBy));
        Assert.Equal([PlanTheme.Housing, PlanTheme.Safety], earlier.FocusAreas.Select(a => a.Theme));
        Assert.Equal(("Bolig", CanaryGoal), (earlier.FocusAreas[0].ThemeLabel, earlier.FocusAreas[0].Goals[0]));
        var activity = earlier.FocusAreas[1].Activities[0];
        Assert.Equal((ActivityResponsible.NetworkPerson, "En person i netværket", "mor", PlanItemStatus.InProgress, "I gang"),
            (activity.Responsible, activity.ResponsibleLabel, activity.NetworkPerson, activity.Status, activity.StatusLabel));
        var stored = await fixture.Rows.DumpAsync("cti_plan_versions", "access_log");
        Assert.DoesNotContain("Kanariefugl", stored);
        Assert.DoesNotContain("61 23 45 67", stored);
    }

    [Fact]
    public async Task One_to_three_focus_areas_each_theme_once_and_the_children_theme_only_for_a_woman_with_children()
    {
        var id = await InPhase1Async("worker-rules");
        var worker = fixture.Worker("worker-rules");

        var none = await worker.PostAsJsonAsync(Path(id), new { focusAreas = Array.Empty<object>() }, TestJson.Options);
        var four = await worker.PostAsJsonAsync(Path(id), Plan(Area("Housing"), Area("Safety"), Area("Economy"), Area("DailyActivities")), TestJson.Options);
        var twice = await worker.PostAsJsonAsync(Path(id), Plan(Area("Housing"), Area("Housing")), TestJson.Options);
        var children = await worker.PostAsJsonAsync(Path(id), Plan(Area("Children")), TestJson.Options);
        var noRole = await worker.PostAsJsonAsync(Path(id), Plan(Area("Safety", networkPerson: "")), TestJson.Options);
        (await worker.PutAsJsonAsync($"{Meetings.Path(id)}/children", new { hasChildren = true }, TestJson.Options)).EnsureSuccessStatusCode();
        var childrenNow = await worker.PostAsJsonAsync(Path(id), Plan(Area("Children", "Ro omkring samvær")), TestJson.Options);

        await none.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "focusAreas", "FocusAreaCount");
        await four.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "focusAreas", "FocusAreaCount");
        await twice.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "focusAreas", "ThemeChosenTwice");
        await children.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "focusAreas", "ChildrenThemeWithoutChildren");
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);
        Assert.Equal(HttpStatusCode.Created, childrenNow.StatusCode);
        var plan = await ReadAsync(worker, id);
        Assert.True(plan.HasChildren);
        Assert.Equal("Børn og relationen til deres far", Assert.Single(Assert.Single(plan.Versions).FocusAreas).ThemeLabel);
    }

    [Fact]
    public async Task Every_plan_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await InPhase1Async("worker-own-plan");

        foreach (var stranger in new[] { fixture.Worker("worker-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-plan", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync(Path(id), Plan(Area("Housing")), TestJson.Options)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"{Meetings.Path(id)}/children", new { hasChildren = true }, TestJson.Options)).StatusCode);
        }

        var plan = await ReadAsync(fixture.Worker("worker-own-plan"), id);
        Assert.Empty(plan.Versions);
        Assert.False(plan.HasChildren);
    }

    private static string Path(Guid id) => $"{Meetings.Path(id)}/plan";

    private static object Plan(params object[] areas) => new { focusAreas = areas };

    private static object Area(string theme, string goal = "Et mål", string? networkPerson = null) => new
    {
        theme,
        goals = new[] { goal },
        activities = new[]
        {
            networkPerson is null
                ? new { description = "Møde med boligkontoret", responsible = "Her", networkPerson = (string?)null, status = "NotStarted" }
                : new { description = "Hjælper med flytningen", responsible = "NetworkPerson", networkPerson = (string?)networkPerson, status = "InProgress" },
        },
    };

    private async Task<Guid> InPhase1Async(string workerId)
    {
        var id = await lifecycle.ApproveAsync(workerId);
        await lifecycle.StartContactPeriodAsync(id, workerId, fixture.Today.AddDays(-40));
        await lifecycle.MoveInAsync(id, workerId, fixture.Today.AddDays(-30));
        return id;
    }

    private static async Task<PlansView> ReadAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<PlansView>(Path(id), TestJson.Options))!;
}
