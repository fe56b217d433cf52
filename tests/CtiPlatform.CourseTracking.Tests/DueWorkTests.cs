using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// What is due (issue #14 item 11): a worker's week and what is overdue — meetings, compass measurements, transition
/// checklists, phase documentation, hand-over meetings — and the team lead's board of every open course. The fixture's clock starts on Monday 2 March 2026;
/// one test moves it on by two days, so the others hold whichever day of that week it is.
/// </summary>
public sealed class DueWorkTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string Due = TrackedCoursesApi.Prefix + "/due";
    private const string Board = TrackedCoursesApi.Prefix + "/board";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task A_workers_week_lists_what_is_due_until_sunday_and_what_is_overdue_and_drops_what_she_has_done()
    {
        var today = fixture.Today;
        var worker = fixture.Worker("worker-week");
        var inContact = await lifecycle.InContactPeriodAsync("worker-week");
        var movedIn = await lifecycle.InContactPeriodAsync("worker-week");
        await lifecycle.MoveInAsync(movedIn, "worker-week", today.AddDays(-7));
        var othersCourse = await lifecycle.InContactPeriodAsync("worker-other");
        var wednesday = await worker.PlannedAsync(inContact, today.AddDays(2), "10:00");
        await worker.PlannedAsync(inContact, today.AddDays(7), "10:00");
        await fixture.Worker("worker-other").PlannedAsync(othersCourse, today.AddDays(1), "10:00");
        await fixture.Bus.PublishAsync(
            new ChangeCompassStartingMeasurementDue { CourseId = inContact, TenantId = TestTokens.TenantA, WorkerId = "worker-week", ContactPeriodStartDate = today },
            TestTokens.TenantA);
        await Eventually.Until(() => fixture.Rows.CountAsync("select count(*) from compass_due where course_id = @id", inContact), n => n == 1,
            TimeSpan.FromSeconds(30), "the measurement recorded as due");

        var week = await ReadAsync(worker);

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        Assert.Equal((today, monday, monday.AddDays(6)), (week.Today, week.WeekStart, week.WeekEnd));
        Assert.Equal(
            [(inContact, DueKind.CompassMeasurement, today, "Start"), (inContact, DueKind.Meeting, today.AddDays(2), wednesday.Id.ToString())],
            week.ThisWeek.Select(i => (i.CourseId, i.Kind, i.DueOn, i.Reference)));
        Assert.Equal(("Måling med forandringskompasset", "Kontaktskabelsesperioden (start)"), (week.ThisWeek[0].KindLabel, week.ThisWeek[0].ReferenceLabel));
        var overdue = Assert.Single(week.Overdue);
        Assert.Equal((movedIn, DueKind.Checklist, today.AddDays(-7), "ContactPeriodEnd", "Tjekliste ved overgangen"),
            (overdue.CourseId, overdue.Kind, overdue.DueOn, overdue.Reference, overdue.KindLabel));

        foreach (var item in new[] { "ContactMade", "InformedAboutCti", "ContactAgreed" })
        {
            (await worker.PutAsJsonAsync($"{Meetings.Path(movedIn)}/checklists/ContactPeriodEnd/{item}", new { })).EnsureSuccessStatusCode();
        }

        (await worker.PutAsJsonAsync($"{Meetings.Path(inContact)}/compass", Compass("Her"), TestJson.Options)).EnsureSuccessStatusCode();
        (await worker.PutAsJsonAsync($"{Meetings.Path(inContact)}/compass", Compass("Worker"), TestJson.Options)).EnsureSuccessStatusCode();
        var done = await ReadAsync(worker);

        Assert.Empty(done.Overdue);
        Assert.Equal([DueKind.Meeting], done.ThisWeek.Select(i => i.Kind));
    }

    [Fact]
    public async Task The_team_lead_sees_every_workers_due_work_and_may_narrow_it_to_one_worker_another_municipality_sees_none()
    {
        var mine = await lifecycle.InContactPeriodAsync("worker-lead-a");
        var theirs = await lifecycle.InContactPeriodAsync("worker-lead-b");
        await fixture.Worker("worker-lead-a").PlannedAsync(mine, fixture.Today.AddDays(3), "09:00");
        await fixture.Worker("worker-lead-b").PlannedAsync(theirs, fixture.Today.AddDays(3), "09:00");

        var all = await ReadAsync(fixture.TeamLead());
        var narrowed = await ReadAsync(fixture.TeamLead(), "?workerId=worker-lead-b");
        var asksForAnother = await ReadAsync(fixture.Worker("worker-lead-a"), "?workerId=worker-lead-b");
        var foreign = await ReadAsync(fixture.TeamLead(TestTokens.TenantB));

        Assert.Contains(all.ThisWeek, i => i.CourseId == mine);
        Assert.Contains(all.ThisWeek, i => i.CourseId == theirs);
        Assert.Equal([theirs], narrowed.ThisWeek.Select(i => i.CourseId).Distinct());
        Assert.Empty(asksForAnother.ThisWeek);
        Assert.DoesNotContain(foreign.ThisWeek.Concat(foreign.Overdue), i => i.CourseId == mine || i.CourseId == theirs);
    }

    [Fact]
    public async Task A_worker_id_with_a_control_character_is_refused_naming_the_field_and_the_rule()
    {
        using var response = await fixture.TeamLead().GetAsync(Due + "?workerId=%00");

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "workerId", "WorkerIdFormat");
    }

    [Fact]
    public async Task The_board_lists_every_open_course_with_its_next_transition_and_what_is_overdue_for_team_leads_only()
    {
        var today = fixture.Today;
        var inContact = await lifecycle.InContactPeriodAsync("worker-board");
        var inPhase1 = await lifecycle.InContactPeriodAsync("worker-board");
        await lifecycle.MoveInAsync(inPhase1, "worker-board", today.AddDays(-10));
        var closed = await lifecycle.InContactPeriodAsync("worker-board");
        await lifecycle.MoveInAsync(closed, "worker-board", today.AddDays(-20));
        await lifecycle.CloseAsync(closed, "worker-board", today, today.AddDays(30));

        var response = await fixture.TeamLead().GetAsync(Board);
        var board = (await response.Content.ReadFromJsonAsync<BoardCourseView[]>(TestJson.Options))!;
        var asWorker = await fixture.Worker("worker-board").GetAsync(Board);
        var foreign = (await fixture.TeamLead(TestTokens.TenantB).GetFromJsonAsync<BoardCourseView[]>(Board, TestJson.Options))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(board, c => c.Id == closed);
        var phase1 = Assert.Single(board, c => c.Id == inPhase1);
        Assert.Equal((TrackingStage.Phase1, ChecklistTransition.IntoPhase2, today.AddDays(-10).AddMonths(3), "Overgang til 2. CTI-fase"),
            (phase1.Stage, phase1.NextTransition, phase1.NextTransitionOn, phase1.NextTransitionLabel));
        Assert.Equal([(DueKind.Checklist, "ContactPeriodEnd")], phase1.Overdue.Select(i => (i.Kind, i.Reference)));
        var contact = Assert.Single(board, c => c.Id == inContact);
        Assert.Equal((ChecklistTransition.ContactPeriodEnd, (DateOnly?)null), (contact.NextTransition, contact.NextTransitionOn));
        Assert.Empty(contact.Overdue);
        Assert.True(board.ToList().IndexOf(phase1) < board.ToList().IndexOf(contact), "a known next transition comes before an unknown one");
        Assert.Equal(HttpStatusCode.Forbidden, asWorker.StatusCode);
        Assert.DoesNotContain(foreign, c => c.Id == inContact || c.Id == inPhase1);
    }

    [Fact]
    public async Task Phase_documentation_hand_over_meetings_and_fidelity_flags_are_on_the_list_and_the_board()
    {
        var today = fixture.Today;
        var id = await lifecycle.InContactPeriodAsync("worker-late-phases");
        await lifecycle.MoveInAsync(id, "worker-late-phases", today.AddMonths(-8));
        await lifecycle.PhaseAsync(id, "worker-late-phases", 2, today.AddMonths(-5), today.AddMonths(-2));
        await lifecycle.PhaseAsync(id, "worker-late-phases", 3, today.AddMonths(-2), today.AddDays(20));

        var week = await ReadAsync(fixture.Worker("worker-late-phases"));
        var row = Assert.Single((await fixture.TeamLead().GetFromJsonAsync<BoardCourseView[]>(Board, TestJson.Options))!, c => c.Id == id);

        var overdue = week.Overdue.Where(i => i.CourseId == id).Select(i => (i.Kind, i.DueOn, i.Reference)).ToList();
        Assert.Contains((DueKind.PhaseDocumentation, today.AddMonths(-5), "1"), overdue);
        Assert.Contains((DueKind.PhaseDocumentation, today.AddMonths(-2), "2"), overdue);
        Assert.Contains((DueKind.HandOverMeetings, today.AddDays(20).AddMonths(-1), "hand-over-plan"), overdue);
        Assert.Equal("Dokumentation ved faseskiftet", week.Overdue.First(i => i.Kind == DueKind.PhaseDocumentation).KindLabel);
        Assert.Contains(row.Overdue, i => i.Kind == DueKind.HandOverMeetings);
        Assert.Contains(row.FidelityFlags, f => f.Code == FidelityCode.PhaseDocumentationMissing);
        Assert.Contains(row.FidelityFlags, f => f.Code == FidelityCode.PhaseWithoutPlan);
    }

    [Fact]
    public async Task A_meeting_that_has_passed_without_being_recorded_is_overdue_until_the_worker_says_how_it_went()
    {
        var worker = fixture.Worker("worker-late");
        var id = await lifecycle.InContactPeriodAsync("worker-late");
        var meeting = await worker.PlannedAsync(id, fixture.Today.AddDays(1), "08:00");
        var dayAfter = fixture.Today.AddDays(2);

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        var late = await ReadAsync(worker);
        (await worker.HeldAsync(id, meeting.Id, minutes: 45)).EnsureSuccessStatusCode();
        var recorded = await ReadAsync(worker);

        Assert.Equal(dayAfter, late.Today);
        Assert.Contains(late.Overdue, i => i.Reference == meeting.Id.ToString() && i.Kind == DueKind.Meeting);
        Assert.DoesNotContain(recorded.Overdue, i => i.Reference == meeting.Id.ToString());
    }

    private static async Task<DueView> ReadAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<DueView>(Due + query, TestJson.Options))!;

    private static object Compass(string respondent) =>
        new { occasion = "Start", respondent, scores = Enum.GetNames<CompassDimension>().Select(d => new { dimension = d, score = 5 }) };
}
