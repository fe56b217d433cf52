using System.Net.Http.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Testing;
using static CtiPlatform.CourseTracking.Tests.Lifecycle;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// Live fidelity against a hand-computed scenario (decision 508): today is Monday 2 March 2026; in municipality A, worker
/// "fid-anna" has course A (phase 2, everything recorded) and B (phase 3, extended, much missing) and one only approved;
/// worker "fid-bo" has C (phase 1, her compass only), E (phase 1, nothing recorded) and D (closed). One course in
/// another municipality. Its own fixture, so the municipality holds exactly these courses.
/// </summary>
public sealed class FidelityScenarioTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string Anna = "fid-anna";
    private const string Bo = "fid-bo";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task Course_worker_and_municipality_figures_match_the_hand_computed_scenario()
    {
        Assert.Equal(D(2026, 3, 2), fixture.Today);
        var anna = fixture.Worker(Anna);
        var bo = fixture.Worker(Bo);

        // A: contact period 20 Oct, phase 1 from 2 Nov (92 days), phase 2 from 2 Feb (planned to 2 May: 89 days, within
        // three days of 92). Plans for phases 1 and 2, phase 1 documented, compass and checklists complete, 1,200 minutes
        // in phase 1 (91.3 a week over 92 days) and 120 in phase 2 (29.0 a week over the 29 days to and with today).
        var a = await lifecycle.ApproveAsync(Anna);
        await lifecycle.StartContactPeriodAsync(a, Anna, D(2025, 10, 20));
        await lifecycle.MoveInAsync(a, Anna, D(2025, 11, 2));
        await anna.PlanAsync(a, "Housing", "Safety");
        await anna.DocumentAsync(a, 1, "Housing", "Safety");
        await lifecycle.PhaseAsync(a, Anna, 2, D(2026, 2, 2), D(2026, 5, 2));
        await anna.PlanAsync(a, "Housing", "Economy");
        foreach (var (occasion, respondent) in new[] { ("Start", "Her"), ("Start", "Worker"), ("EndOfPhase1", "Her"), ("EndOfPhase1", "Worker") })
        {
            await anna.ScoreAsync(a, occasion, respondent);
        }

        await anna.TickAsync(a, ChecklistTransition.ContactPeriodEnd);
        await anna.TickAsync(a, ChecklistTransition.IntoPhase2, "SafetyPlanReviewed");
        await anna.ContactedAsync(a, D(2025, 11, 10), 600);
        await anna.ContactedAsync(a, D(2025, 12, 10), 600);
        await anna.ContactedAsync(a, D(2026, 2, 10), 120);

        // B: phase 1 from 15 Jun 2025 (92 days), phase 2 from 15 Sep (91), phase 3 from 15 Dec extended to 15 Apr 2026
        // (121): 304 days against nine months' 273. A plan and documentation for phase 1 only; her starting compass only;
        // the contact period's checklist, the method's nine items into phase 2 but not the municipality's, nothing into
        // phase 3; 60 minutes in phase 1 (4.6 a week), 120 in phase 2 (9.2: rose), 30 in phase 3 (2.7 over 78 days);
        // hand-over meetings 10 and 20 March against the deadline 15 March.
        var b = await lifecycle.ApproveAsync(Anna);
        await lifecycle.StartContactPeriodAsync(b, Anna, D(2025, 6, 1));
        await lifecycle.MoveInAsync(b, Anna, D(2025, 6, 15));
        await anna.PlanAsync(b, "Housing");
        await anna.DocumentAsync(b, 1, "Housing");
        await lifecycle.PhaseAsync(b, Anna, 2, D(2025, 9, 15), D(2025, 12, 15));
        await lifecycle.PhaseAsync(b, Anna, 3, D(2025, 12, 15), D(2026, 3, 15));
        await fixture.Bus.PublishAsync(new CourseExtended
        {
            CourseId = b, TenantId = TestTokens.TenantA, WorkerId = Anna, PreviousPlannedEndDate = D(2026, 3, 15), PlannedEndDate = D(2026, 4, 15),
            Reason = ExtensionReason.OngoingThreat,
        }, TestTokens.TenantA);
        await Eventually.Until(
            () => fixture.Rows.CountAsync("select count(*) from tracked_courses where id = @id and phase3_planned_end_date = date '2026-04-15'", b),
            n => n == 1, TimeSpan.FromSeconds(30), "the extension recorded");
        await anna.ScoreAsync(b, "Start", "Her");
        await anna.TickAsync(b, ChecklistTransition.ContactPeriodEnd);
        await anna.TickAsync(b, ChecklistTransition.IntoPhase2);
        await anna.ContactedAsync(b, D(2025, 7, 1), 60);
        await anna.ContactedAsync(b, D(2025, 10, 1), 60);
        await anna.ContactedAsync(b, D(2025, 11, 1), 60);
        await anna.ContactedAsync(b, D(2026, 1, 10), 30);
        await anna.HandOverMeetingsAsync(b, D(2026, 3, 20), D(2026, 3, 10));

        // Not started, or another municipality's: in no figure.
        await lifecycle.ApproveAsync(Anna);
        await new Lifecycle(fixture, TestTokens.TenantB).InContactPeriodAsync(Anna);

        // C: phase 1 from 20 Feb with a plan and the contact period's checklist; only she has scored the start.
        var c = await lifecycle.ApproveAsync(Bo);
        await lifecycle.StartContactPeriodAsync(c, Bo, D(2026, 2, 1));
        await lifecycle.MoveInAsync(c, Bo, D(2026, 2, 20));
        await bo.PlanAsync(c, "Safety");
        await bo.TickAsync(c, ChecklistTransition.ContactPeriodEnd);
        await bo.ScoreAsync(c, "Start", "Her");

        // E: phase 1 from 20 Jan, nothing recorded.
        var e = await lifecycle.ApproveAsync(Bo);
        await lifecycle.StartContactPeriodAsync(e, Bo, D(2026, 1, 10));
        await lifecycle.MoveInAsync(e, Bo, D(2026, 1, 20));

        // D: three phases of 92 days from 10 May 2025, closed on 10 Feb 2026 (exactly nine months) with nothing recorded.
        var d = await lifecycle.ApproveAsync(Bo);
        await lifecycle.StartContactPeriodAsync(d, Bo, D(2025, 5, 1));
        await lifecycle.MoveInAsync(d, Bo, D(2025, 5, 10));
        await lifecycle.PhaseAsync(d, Bo, 2, D(2025, 8, 10), D(2025, 11, 10));
        await lifecycle.PhaseAsync(d, Bo, 3, D(2025, 11, 10), D(2026, 2, 10));
        await lifecycle.CloseAsync(d, Bo, D(2026, 2, 10), D(2026, 3, 12));

        var lead = fixture.TeamLead();
        var courseA = await lead.GetFromJsonAsync<CourseFidelityView>($"{Meetings.Path(a)}/fidelity", TestJson.Options);
        var courseB = await anna.GetFromJsonAsync<CourseFidelityView>($"{Meetings.Path(b)}/fidelity", TestJson.Options);
        var courseD = await bo.GetFromJsonAsync<CourseFidelityView>($"{Meetings.Path(d)}/fidelity", TestJson.Options);
        var annaFigures = await anna.GetFromJsonAsync<WorkerFidelityView>($"{TrackedCoursesApi.Prefix}/fidelity/workers/{Anna}", TestJson.Options);
        var boFigures = await lead.GetFromJsonAsync<WorkerFidelityView>($"{TrackedCoursesApi.Prefix}/fidelity/workers/{Bo}", TestJson.Options);
        var municipality = await lead.GetFromJsonAsync<MunicipalityFidelityView>($"{TrackedCoursesApi.Prefix}/fidelity", TestJson.Options);

        Assert.Empty(courseA!.Flags);
        Assert.Equal(
        [
            Flag(FidelityCode.PhasesUnequal, null, null, ("phase1Days", 92), ("phase2Days", 91), ("phase3Days", 121)),
            Flag(FidelityCode.LongerThanNineMonths, null, D(2026, 4, 15), ("totalDays", 304), ("nineMonthsDays", 273)),
            Flag(FidelityCode.PhaseWithoutPlan, 2, D(2025, 9, 15)),
            Flag(FidelityCode.PhaseWithoutPlan, 3, D(2025, 12, 15)),
            Flag(FidelityCode.IntensityNotFalling, 2, D(2025, 9, 15), ("previousMinutesPerWeek", 4.6m), ("minutesPerWeek", 9.2m)),
            Flag(FidelityCode.CompassMissing, 0, D(2025, 6, 15), ("herScored", 1), ("workerScored", 0)),
            Flag(FidelityCode.CompassMissing, 1, D(2025, 9, 15), ("herScored", 0), ("workerScored", 0)),
            Flag(FidelityCode.CompassMissing, 2, D(2025, 12, 15), ("herScored", 0), ("workerScored", 0)),
            Flag(FidelityCode.ChecklistIncomplete, 1, D(2025, 9, 15), ("ticked", 9), ("items", 10)),
            Flag(FidelityCode.ChecklistIncomplete, 2, D(2025, 12, 15), ("ticked", 0), ("items", 2)),
            Flag(FidelityCode.HandOverMeetingsLate, 3, D(2026, 3, 15), ("lateMeetings", 1), ("daysLate", 5)),
            Flag(FidelityCode.PhaseDocumentationMissing, 2, D(2025, 12, 15)),
        ],
            courseB!.Flags.Select(f => Flag(f.Code, f.Phase, f.Date, [.. f.Numbers.Select(n => (n.Key, n.Value))])));
        Assert.Equal("Overdragelsesmøder ligger senere end en måned før forløbets afslutning", courseB.Flags[10].Label);

        // D, closed: every boundary up to the closure judged, the hand-over deadline (10 Jan) passed without meetings.
        Assert.Equal(
        [
            (FidelityCode.PhaseWithoutPlan, 1), (FidelityCode.PhaseWithoutPlan, 2), (FidelityCode.PhaseWithoutPlan, 3),
            (FidelityCode.CompassMissing, 0), (FidelityCode.CompassMissing, 1), (FidelityCode.CompassMissing, 2), (FidelityCode.CompassMissing, 3),
            (FidelityCode.ChecklistIncomplete, 0), (FidelityCode.ChecklistIncomplete, 1), (FidelityCode.ChecklistIncomplete, 2), (FidelityCode.ChecklistIncomplete, 3),
            (FidelityCode.HandOverMeetingsMissing, 3),
            (FidelityCode.PhaseDocumentationMissing, 1), (FidelityCode.PhaseDocumentationMissing, 2), (FidelityCode.PhaseDocumentationMissing, 3),
        ],
            courseD!.Flags.Select(f => (f.Code, f.Phase!.Value)));

        var bFlagCodes = courseB.Flags.Select(f => f.Code).ToHashSet();
        Assert.Equal((2, 1, 0.5m), (annaFigures!.Summary.Courses, annaFigures.Summary.CoursesWithoutFlags, annaFigures.Summary.ShareWithoutFlags));
        Assert.Equal(Enum.GetValues<FidelityCode>().Select(code => bFlagCodes.Contains(code) ? 1 : 0), annaFigures.Summary.Flags.Select(f => f.Courses));
        Assert.Equal(new[] { a, b }.Order(), annaFigures.Courses.Select(x => x.CourseId).Order());
        Assert.Equal((2, 0, 0m), (boFigures!.Summary.Courses, boFigures.Summary.CoursesWithoutFlags, boFigures.Summary.ShareWithoutFlags));
        Assert.Equal([0, 0, 1, 0, 2, 1, 0, 0, 0], boFigures.Summary.Flags.Select(f => f.Courses));
        Assert.Equal((Single(c, boFigures), Single(e, boFigures)), (1, 3));

        Assert.Equal((4, 1, 0.25m), (municipality!.Summary.Courses, municipality.Summary.CoursesWithoutFlags, municipality.Summary.ShareWithoutFlags));
        Assert.Equal([1, 1, 2, 1, 3, 2, 1, 0, 1], municipality.Summary.Flags.Select(f => f.Courses));
        Assert.Equal(("CompassMissing", "Forandringskompasset er ikke udfyldt af både kvinden og CTI-medarbejderen ved overgangen"),
            (municipality.Summary.Flags[4].Code.ToString(), municipality.Summary.Flags[4].Label));
        Assert.Equal([(Anna, 2, 1), (Bo, 2, 0)], municipality.Workers.Select(w => (w.WorkerId, w.Summary.Courses, w.Summary.CoursesWithoutFlags)));
    }

    private static string Flag(FidelityCode code, int? phase, DateOnly? date, params (string Name, decimal Value)[] numbers) =>
        $"{code} {phase} {date:yyyy-MM-dd} {string.Join(", ", numbers.Select(n => $"{n.Name}={n.Value:0.0}"))}";

    private static int Single(Guid id, WorkerFidelityView figures) => figures.Courses.Single(x => x.CourseId == id).Flags.Count;
}
