using System.Net;
using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The four transition checklists exactly as the manual lists them, the municipality's own items, and their ticks.</summary>
public sealed class ChecklistTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task The_four_checklists_list_the_manuals_items_in_its_order_and_then_the_municipalitys_own()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-lists");

        var lists = (await fixture.Worker("worker-lists").GetFromJsonAsync<ChecklistView[]>(Path(id), TestJson.Options))!;

        Assert.Equal(
            [ChecklistTransition.ContactPeriodEnd, ChecklistTransition.IntoPhase2, ChecklistTransition.IntoPhase3, ChecklistTransition.Closure],
            lists.Select(l => l.Transition));
        Assert.Equal(["ContactMade", "InformedAboutCti", "ContactAgreed"], lists[0].Items.Select(i => i.Key));
        Assert.Equal(
            ["HousingEconomy", "CaseworkerOverview", "NeedsAssessed", "CtiPlanMade", "NetworkWorkStarted", "CoordinationWithServices", "MeetingsWithServices",
                "LocalOffersAndActivities", "JobCentreIfRelevant", "SafetyPlanReviewed"],
            lists[1].Items.Select(i => i.Key));
        Assert.Equal(["ActivitiesEvaluated", "CtiPlanAdjusted"], lists[2].Items.Select(i => i.Key));
        Assert.Equal(["NetworkInPlace", "HandOverMeetingsHeld", "HandOverPlanMade", "LongTermResponsibility"], lists[3].Items.Select(i => i.Key));
        Assert.Equal("Økonomi omkring bolig og leveomkostninger er på plads.", lists[1].Items[0].Text);
        Assert.Equal(("Sikkerhedsplanen er gennemgået med kvinden.", true), (lists[1].Items[^1].Text, lists[1].Items[^1].Municipal));
        Assert.Equal("Overgang til 2. CTI-fase", lists[1].Label);
        Assert.All(lists, l => Assert.False(l.Complete));
    }

    [Fact]
    public async Task An_item_is_ticked_with_date_and_by_whom_completes_its_checklist_and_can_be_taken_back()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-ticks");
        var worker = fixture.Worker("worker-ticks");
        var yesterday = fixture.Today.AddDays(-1);

        (await worker.PutAsJsonAsync($"{Path(id)}/ContactPeriodEnd/ContactMade", new { tickedOn = yesterday })).EnsureSuccessStatusCode();
        (await worker.PutAsJsonAsync($"{Path(id)}/ContactPeriodEnd/InformedAboutCti", new { })).EnsureSuccessStatusCode();
        var complete = await ReadAsync(await fixture.TeamLead().PutAsJsonAsync($"{Path(id)}/ContactPeriodEnd/ContactAgreed", new { }));
        var future = await worker.PutAsJsonAsync($"{Path(id)}/ContactPeriodEnd/ContactMade", new { tickedOn = fixture.Today.AddDays(1) });
        var unknown = await worker.PutAsJsonAsync($"{Path(id)}/ContactPeriodEnd/NoSuchItem", new { });
        var takenBack = await ReadAsync(await worker.DeleteAsync($"{Path(id)}/ContactPeriodEnd/ContactAgreed"));

        Assert.True(complete.Complete);
        Assert.Equal((yesterday, "worker-ticks"), (complete.Items[0].TickedOn!.Value, complete.Items[0].TickedBy!));
        Assert.Equal((fixture.Today, "lead-1"), (complete.Items[2].TickedOn!.Value, complete.Items[2].TickedBy!));
        await future.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "tickedOn", "TickInTheFuture");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(takenBack.Complete);
        Assert.Null(takenBack.Items[2].TickedOn);
        var stored = (await worker.GetFromJsonAsync<ChecklistView[]>(Path(id), TestJson.Options))![0];
        Assert.Equal(yesterday, stored.Items[0].TickedOn);
        var log = await fixture.Host.Client(Roles.TenantAdmin).GetFromJsonAsync<AccessLogEntryView[]>(
            $"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-checklists&subjectId={id}", TestJson.Options);
        Assert.Contains(log!, e => e is { Action: AccessAction.Read, ActorId: "worker-ticks" });
        Assert.Contains(log!, e => e is { Action: AccessAction.Change, ActorId: "lead-1" });
    }

    [Fact]
    public async Task Every_checklist_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-own-lists");
        (await fixture.Worker("worker-own-lists").PutAsJsonAsync($"{Path(id)}/Closure/NetworkInPlace", new { })).EnsureSuccessStatusCode();

        foreach (var stranger in new[] { fixture.Worker("worker-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-lists", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"{Path(id)}/Closure/HandOverPlanMade", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"{Path(id)}/Closure/NetworkInPlace")).StatusCode);
        }

        var closure = (await fixture.Worker("worker-own-lists").GetFromJsonAsync<ChecklistView[]>(Path(id), TestJson.Options))![3];
        Assert.NotNull(closure.Items[0].TickedOn);
        Assert.Null(closure.Items[2].TickedOn);
    }

    private static string Path(Guid id) => $"{Meetings.Path(id)}/checklists";

    private static async Task<ChecklistView> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChecklistView>(TestJson.Options))!;
    }
}
