using System.Net;
using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>Outcomes at closure: recorded once the course closed, amended with the earlier versions kept, her well-being change computed from her compass.</summary>
public sealed class OutcomeTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private readonly ClosedCourses courses = new(fixture);

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task The_outcome_is_recorded_once_the_course_closed_amended_with_its_history_kept_and_her_well_being_change_computed()
    {
        var worker = fixture.Worker("worker-outcome");
        var id = await courses.InPhase3Async("worker-outcome", start: 4, end: [6, 6, 6, 7, 7, 7, 6, 6, 6, 6], hasChildren: true);

        var whileRunning = await ClosedCourses.RecordAsync(worker, id, dayCare: true);
        await lifecycle.CloseAsync(id, "worker-outcome", fixture.Today, fixture.Today.AddDays(30));
        var first = await ClosedCourses.RecordAsync(worker, id, keptHome: false, dayCare: true, leisure: null);
        var amended = await ClosedCourses.RecordAsync(fixture.TeamLead(), id, keptHome: true, dayCare: true, leisure: true);
        var outcome = await ClosedCourses.ReadAsync(worker, id);

        await whileRunning.AssertRuleAsync("CourseNotClosed");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await amended.Content.ReadFromJsonAsync<OutcomeVersionView>(TestJson.Options))!.Version);
        Assert.Equal([2, 1], outcome.Versions.Select(v => v.Version));
        Assert.Equal((true, true, false, true, (bool?)true, "lead-1"), (outcome.Current!.KeptHome, outcome.Current.HasSafetyStrategy, outcome.Current.ReadmittedToShelter,
            outcome.Current.ChildrenInDayCareOrSchool, outcome.Current.ChildrenInLeisureActivities, outcome.Current.RecordedBy));
        Assert.Equal((false, (bool?)null, "worker-outcome"), (outcome.Versions[1].KeptHome, outcome.Versions[1].ChildrenInLeisureActivities, outcome.Versions[1].RecordedBy));

        // Her own scores: 4 everywhere at the start, a mean of 63 / 10 = 6.3 at the end.
        var wellBeing = outcome.WellBeing!;
        Assert.Equal((CompassOccasion.EndOfPhase3, "Forløbets afslutning", 4.0m, 6.3m, 2.3m, true),
            (wellBeing.EndOccasion, wellBeing.EndOccasionLabel, wellBeing.StartMean, wellBeing.EndMean, wellBeing.Change, wellBeing.Improved));
        Assert.Equal([2, 2, 2, 3, 3, 3, 2, 2, 2, 2], wellBeing.Dimensions.Select(d => d.Change));
        Assert.Equal("Kvindens sikkerhed", wellBeing.Dimensions[0].DimensionLabel);

        Assert.Equal((fixture.Today.AddYears(1), false, "Bor hun stadig i egen bolig efter et år?"), (outcome.FollowUp!.DueOn, outcome.FollowUp.Due, outcome.FollowUp.Question));
        Assert.Equal(2, await fixture.Rows.CountAsync("select count(*) from course_outcomes where course_id = @id", id));
    }

    [Fact]
    public async Task Missing_answers_are_400_and_children_s_answers_that_do_not_fit_her_are_422_writing_nothing()
    {
        var worker = fixture.Worker("worker-outcome-bad");
        var withoutChildren = await courses.ClosedAsync("worker-outcome-bad", fixture.Today);
        var withChildren = await courses.ClosedAsync("worker-outcome-bad", fixture.Today, hasChildren: true);

        var missing = await worker.PutAsJsonAsync(ClosedCourses.Path(withoutChildren), new { keptHome = true, readmittedToShelter = false }, TestJson.Options);
        var childrenWithout = await ClosedCourses.RecordAsync(worker, withoutChildren, dayCare: true);
        var leisureWithout = await ClosedCourses.RecordAsync(worker, withoutChildren, leisure: false);
        var dayCareMissing = await ClosedCourses.RecordAsync(worker, withChildren, leisure: true);

        Assert.True((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("hasSafetyStrategy", out _));
        var problem = await childrenWithout.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "childrenInDayCareOrSchool", "ChildrenOutcomeWithoutChildren");
        Assert.Contains("Børnenes udfald registreres, når det er registreret, at kvinden har børn.", problem.ToString());
        await leisureWithout.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "childrenInDayCareOrSchool", "ChildrenOutcomeWithoutChildren");
        await dayCareMissing.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "childrenInDayCareOrSchool", "ChildrenOutcomeMissing");
        Assert.Empty((await ClosedCourses.ReadAsync(worker, withoutChildren)).Versions);
        Assert.Empty((await ClosedCourses.ReadAsync(worker, withChildren)).Versions);
    }

    [Fact]
    public async Task Her_well_being_is_not_computed_without_her_own_scoring_at_both_ends()
    {
        var worker = fixture.Worker("worker-outcome-no-end");
        var id = await courses.ClosedAsync("worker-outcome-no-end", fixture.Today, start: 5);

        Assert.Null((await ClosedCourses.ReadAsync(worker, id)).WellBeing);
    }

    [Fact]
    public async Task Every_outcome_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await courses.ClosedAsync("worker-own-outcome", fixture.Today);
        (await ClosedCourses.RecordAsync(fixture.Worker("worker-own-outcome"), id)).EnsureSuccessStatusCode();

        foreach (var stranger in new[] { fixture.Worker("worker-outcome-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-outcome", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ClosedCourses.Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ClosedCourses.RecordAsync(stranger, id, keptHome: false)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ClosedCourses.AnswerAsync(stranger, id, stillInOwnHome: false)).StatusCode);
            Assert.DoesNotContain(await ClosedCourses.DueAsync(stranger), f => f.CourseId == id);
        }

        Assert.Equal(1, await fixture.Rows.CountAsync("select count(*) from course_outcomes where course_id = @id", id));
        Assert.Equal(1, await fixture.Rows.CountAsync("select count(*) from outcome_follow_ups where course_id = @id and answered_at is null", id));
    }

    [Fact]
    public async Task The_figures_are_for_team_leads_only_and_a_period_missing_a_date_or_ending_before_it_starts_is_400()
    {
        var lead = fixture.TeamLead();
        var today = fixture.Today;

        var worker = await fixture.Worker("worker-figures-denied").GetAsync($"{TrackedCoursesApi.Prefix}/outcomes/figures?from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var noFrom = await lead.GetAsync($"{TrackedCoursesApi.Prefix}/outcomes/figures?to={today:yyyy-MM-dd}");
        var backwards = await lead.GetAsync($"{TrackedCoursesApi.Prefix}/outcomes/figures?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");
        var tooLong = await lead.GetAsync($"{TrackedCoursesApi.Prefix}/outcomes/figures?from={today.AddYears(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.True((await noFrom.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out _));
        Assert.Contains("Perioden skal slutte på eller efter sin første dag.", (await backwards.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("to").ToString());
        Assert.True((await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _));
    }

    [Fact]
    public async Task Reading_and_recording_the_outcome_is_access_logged()
    {
        var id = await courses.ClosedAsync("worker-outcome-log", fixture.Today);

        (await ClosedCourses.RecordAsync(fixture.Worker("worker-outcome-log"), id)).EnsureSuccessStatusCode();
        await ClosedCourses.ReadAsync(fixture.TeamLead(), id);

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-outcome&subjectId={id}", TestJson.Options);
        Assert.Contains(entries!, e => e is { Action: AccessAction.Change, ActorId: "worker-outcome-log", Purpose: AccessPurposes.CaseHandling });
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.CaseloadManagement });
    }
}
