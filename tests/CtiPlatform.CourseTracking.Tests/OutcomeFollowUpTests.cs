using System.Net;
using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// The follow-up a year after closure on the durable timer, and the outcome figures of a hand-computed set of courses.
/// The tests move this class's clock a year on, so they have a fixture of their own.
/// </summary>
public sealed class OutcomeFollowUpTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private readonly ClosedCourses courses = new(fixture);

    [Fact]
    public async Task The_follow_up_falls_due_a_year_after_closure_on_the_durable_timer_shown_to_her_worker_and_the_team_lead_and_is_answered_once()
    {
        var closedOn = fixture.Today;
        var id = await courses.ClosedAsync("worker-follow-up", closedOn);
        var worker = fixture.Worker("worker-follow-up");
        var lead = fixture.TeamLead();
        var dueAt = CopenhagenCalendar.StartOf(closedOn.AddYears(1));

        // The timer is a row of the outbox, due at the start of the Danish date a year on.
        Assert.Equal(1, await fixture.Rows.CountAsync(
            $"select count(*) from outbox_messages where message_type like '%OutcomeFollowUpDue%' and body like '%' || @id::text || '%' and deliver_at = '{dueAt.UtcDateTime:O}'", id));
        fixture.Clock.SetUtcNow(dueAt.AddMinutes(-1));
        var early = await ClosedCourses.AnswerAsync(worker, id, stillInOwnHome: true);
        var dueEarly = await ClosedCourses.DueAsync(lead);
        fixture.Clock.SetUtcNow(dueAt.AddMinutes(1));
        var due = await Eventually.Until(() => ClosedCourses.DueAsync(lead), list => list.Any(f => f.CourseId == id), TimeSpan.FromSeconds(30), "the follow-up raised");
        var workersList = await ClosedCourses.DueAsync(worker);
        var courseAfterAccessEnded = await worker.GetAsync(Meetings.Path(id));
        var answered = await ClosedCourses.AnswerAsync(worker, id, stillInOwnHome: true);
        var again = await ClosedCourses.AnswerAsync(lead, id, stillInOwnHome: false);
        var outcome = await ClosedCourses.ReadAsync(lead, id);

        await early.AssertRuleAsync("FollowUpNotDue");
        Assert.DoesNotContain(dueEarly, f => f.CourseId == id);
        var task = Assert.Single(due, f => f.CourseId == id);
        Assert.Equal((closedOn.AddYears(1), true, "Bor hun stadig i egen bolig efter et år?"), (task.DueOn, task.Due, task.Question));
        // Her access to the record ended 30 days after closure; the follow-up of a course she worked is still hers to ask.
        Assert.Equal(HttpStatusCode.NotFound, courseAfterAccessEnded.StatusCode);
        Assert.Contains(workersList, f => f.CourseId == id);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await again.AssertRuleAsync("FollowUpAlreadyAnswered");
        Assert.Equal(((bool?)true, "worker-follow-up"), (outcome.FollowUp!.StillInOwnHome, outcome.FollowUp.AnsweredBy));
        Assert.DoesNotContain(await ClosedCourses.DueAsync(lead), f => f.CourseId == id);
    }

    [Fact]
    public async Task The_outcome_figures_of_a_municipality_and_period_match_a_hand_computed_set_of_courses()
    {
        var today = fixture.Today;
        var (from, to) = (today.AddDays(-40), today);
        var worker = fixture.Worker("worker-figures");
        var other = new ClosedCourses(fixture, TestTokens.TenantB);

        // In the period: her compass 4 -> 6 (better), 5 -> 5 (no change), 2 -> 3 (better), start only.
        var c1 = await courses.ClosedAsync("worker-figures", today.AddDays(-10), start: 4, end: Enumerable.Repeat(6, 10).ToArray(), hasChildren: true);
        var c2 = await courses.ClosedAsync("worker-figures", today.AddDays(-20), start: 5, end: Enumerable.Repeat(5, 10).ToArray());
        var c3 = await courses.ClosedAsync("worker-figures", today.AddDays(-30), start: 2, end: Enumerable.Repeat(3, 10).ToArray(), hasChildren: true);
        var c4 = await courses.ClosedAsync("worker-figures", today.AddDays(-5), start: 7);
        // Outside the period, and in another municipality: all good, and not counted.
        var before = await courses.ClosedAsync("worker-figures", today.AddDays(-60), start: 1, end: Enumerable.Repeat(9, 10).ToArray());
        var elsewhere = await other.ClosedAsync("worker-figures-b", today.AddDays(-10), start: 1, end: Enumerable.Repeat(9, 10).ToArray());

        (await ClosedCourses.RecordAsync(worker, c1, keptHome: true, hasSafetyStrategy: true, readmittedToShelter: false, dayCare: true, leisure: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.RecordAsync(worker, c2, keptHome: false, hasSafetyStrategy: true, readmittedToShelter: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.RecordAsync(worker, c2, keptHome: true, hasSafetyStrategy: true, readmittedToShelter: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.RecordAsync(worker, c3, keptHome: false, hasSafetyStrategy: true, readmittedToShelter: true, dayCare: false)).EnsureSuccessStatusCode();
        (await ClosedCourses.RecordAsync(worker, before, keptHome: false, hasSafetyStrategy: false, readmittedToShelter: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.RecordAsync(fixture.Worker("worker-figures-b", TestTokens.TenantB), elsewhere, keptHome: false, hasSafetyStrategy: false, readmittedToShelter: true))
            .EnsureSuccessStatusCode();

        // A year on: c1 and c4 still live in their own home, c2 does not, c3 is not answered; the course before the period
        // and the other municipality's answer no, and are not counted.
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(today.AddYears(1)).AddHours(9));
        var lead = fixture.TeamLead();
        await Eventually.Until(() => ClosedCourses.DueAsync(lead), list => list.Count(f => f.CourseId == c1 || f.CourseId == c2 || f.CourseId == c4 || f.CourseId == before) == 4,
            TimeSpan.FromSeconds(30), "the follow-ups raised");
        (await ClosedCourses.AnswerAsync(lead, c1, stillInOwnHome: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.AnswerAsync(lead, c2, stillInOwnHome: false)).EnsureSuccessStatusCode();
        (await ClosedCourses.AnswerAsync(lead, c4, stillInOwnHome: true)).EnsureSuccessStatusCode();
        (await ClosedCourses.AnswerAsync(lead, before, stillInOwnHome: false)).EnsureSuccessStatusCode();
        var leadB = fixture.TeamLead(TestTokens.TenantB);
        await Eventually.Until(() => ClosedCourses.DueAsync(leadB), list => list.Any(f => f.CourseId == elsewhere), TimeSpan.FromSeconds(30), "the other municipality's follow-up raised");
        (await ClosedCourses.AnswerAsync(leadB, elsewhere, stillInOwnHome: false)).EnsureSuccessStatusCode();

        var figures = (await lead.GetFromJsonAsync<OutcomeFiguresView>(
            $"{TrackedCoursesApi.Prefix}/outcomes/figures?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", TestJson.Options))!;

        Assert.Equal((from, to, 4), (figures.From, figures.To, figures.CoursesClosed));
        Assert.Equal(
            [
                (OutcomeFigure.KeptHome, 2, 3, (decimal?)66.7m, 100),
                (OutcomeFigure.HasSafetyStrategy, 3, 3, 100.0m, 100),
                (OutcomeFigure.NotReadmittedToShelter, 1, 3, 33.3m, 75),
                (OutcomeFigure.WellBeingImproved, 2, 3, 66.7m, 100),
                (OutcomeFigure.ChildrenInDayCareOrSchool, 1, 2, 50.0m, 100),
                (OutcomeFigure.ChildrenInLeisureActivities, 1, 1, 100.0m, 100),
                (OutcomeFigure.KeptHomeAfterOneYear, 2, 3, 66.7m, 95),
            ],
            figures.Figures.Select(f => (f.Figure, f.Count, f.Of, f.Percent, f.GoalPercent)));
        Assert.Equal("Bor fortsat i egen bolig efter et år", figures.Figures[6].Label);
    }
}
