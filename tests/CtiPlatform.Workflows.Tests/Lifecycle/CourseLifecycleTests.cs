using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Domain;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Api;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Tests.Infrastructure;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

/// <summary>Time travel on a manual clock, against real PostgreSQL and RabbitMQ: every date the calendar acts on, and every event.</summary>
public sealed class CourseLifecycleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task A_course_walks_from_approval_to_closure_with_every_transition_and_reminder_on_its_date()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");

        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));
        Assert.Equal(D(2025, 1, 2), Assert.Single(await world.Recorder.WaitForAsync<ContactPeriodStarted>(id)).StartDate);
        Assert.Equal(D(2025, 1, 2), Assert.Single(await world.Recorder.WaitForAsync<ChangeCompassStartingMeasurementDue>(id)).ContactPeriodStartDate);

        // Move-in on 31 January: the month-end rule gives 30 April, 31 July and 31 October.
        world.Clock.SetUtcNow(CopenhagenCalendar.StartOf(D(2025, 1, 31)).AddHours(14));
        (await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2025, 1, 31) })).EnsureSuccessStatusCode();
        var phase1 = Assert.Single(await world.Recorder.WaitForAsync<PhaseStarted>(id));
        Assert.Equal((1, D(2025, 1, 31), D(2025, 4, 30)), (phase1.Phase, phase1.StartDate, phase1.PlannedEndDate));
        var movedIn = Assert.Single(await world.Recorder.WaitForAsync<MoveInRegistered>(id));
        Assert.Equal((D(2025, 1, 31), "worker-1"), (movedIn.MoveInDate, movedIn.WorkerId));

        await StepAsync(world, id, D(2025, 4, 16), "2025-04-15T22:00:00Z", () => world.Recorder.WaitForAsync<PhaseChangeDue>(id));
        await StepAsync(world, id, D(2025, 4, 23), "2025-04-22T22:00:00Z", () => world.Recorder.WaitForAsync<ChangeCompassAssessmentDue>(id));
        await StepAsync(world, id, D(2025, 4, 30), "2025-04-29T22:00:00Z", () => world.Recorder.WaitForAsync<PhaseStarted>(id, 2));
        await StepAsync(world, id, D(2025, 7, 17), "2025-07-16T22:00:00Z", () => world.Recorder.WaitForAsync<PhaseChangeDue>(id, 2));
        await StepAsync(world, id, D(2025, 7, 24), "2025-07-23T22:00:00Z", () => world.Recorder.WaitForAsync<ChangeCompassAssessmentDue>(id, 2));
        await StepAsync(world, id, D(2025, 7, 31), "2025-07-30T22:00:00Z", () => world.Recorder.WaitForAsync<PhaseStarted>(id, 3));
        await world.Recorder.WaitForAsync<HandOverMeetingsDue>(id);
        await StepAsync(world, id, D(2025, 10, 24), "2025-10-23T22:00:00Z", () => world.Recorder.WaitForAsync<CourseClosureDue>(id));

        // Winter time began on 26 October: the last timer fires at 23:00 UTC, Danish midnight.
        await StepAsync(world, id, D(2025, 10, 31), "2025-10-30T23:00:00Z", () => world.Recorder.WaitForAsync<CourseClosed>(id));

        var r = world.Recorder;
        Assert.Equal([(1, D(2025, 1, 31), D(2025, 4, 30)), (2, D(2025, 4, 30), D(2025, 7, 31)), (3, D(2025, 7, 31), D(2025, 10, 31))],
            r.Of<PhaseStarted>(id).Select(p => (p.Phase, p.StartDate, p.PlannedEndDate)));
        Assert.Equal([(2, D(2025, 4, 30)), (3, D(2025, 7, 31))], r.Of<PhaseChangeDue>(id).Select(p => (p.NextPhase, p.ChangeDate)));
        await r.WaitForAsync<ChangeCompassAssessmentDue>(id, 3);
        Assert.Equal([(1, D(2025, 4, 30)), (2, D(2025, 7, 31)), (3, D(2025, 10, 31))], r.Of<ChangeCompassAssessmentDue>(id).Select(p => (p.Phase, p.BoundaryDate)));
        var handOver = Assert.Single(r.Of<HandOverMeetingsDue>(id));
        Assert.Equal((D(2025, 10, 31), D(2025, 9, 30)), (handOver.CourseEndDate, handOver.MeetingsDeadline));
        Assert.Single(r.Of<ChangeCompassStartingMeasurementDue>(id));
        Assert.Equal(D(2025, 10, 31), Assert.Single(r.Of<CourseClosureDue>(id)).CourseEndDate);
        var closed = Assert.Single(r.Of<CourseClosed>(id));
        Assert.Equal((D(2025, 10, 31), CourseClosureReason.Completed, true, D(2025, 1, 31)), (closed.ClosedOn, closed.Reason, closed.Completed, closed.MoveInDate));
        Assert.Empty(r.Of<ContactPeriodExceeded>(id));

        var row = await world.Rows.StateAsync(id);
        Assert.Equal(("Closed", null, null), (row!.Value.State, row.Value.NextDueAt, row.Value.TimerTokenId));
        var view = await world.GetAsync(worker, id);
        Assert.Equal(CourseStage.Closed, view.Stage);
        Assert.Empty(view.Deviations);
        Assert.Empty(view.PendingTimers);
        var transitions = view.Journal.Where(j => j.Kind is OccurrenceKind.ContactPeriodStarted or OccurrenceKind.PhaseStarted or OccurrenceKind.Closed)
            .Select(j => (j.ToStage, j.EffectiveDate, j.Cause, j.Actor)).ToList();
        Assert.Equal(
            [
                (CourseStage.ContactPeriod, D(2025, 1, 2), JournalCause.Event, "ReferralApproved"),
                (CourseStage.Phase1, D(2025, 1, 31), JournalCause.User, "worker-1"),
                (CourseStage.Phase2, D(2025, 4, 30), JournalCause.Timer, null),
                (CourseStage.Phase3, D(2025, 7, 31), JournalCause.Timer, null),
                (CourseStage.Closed, D(2025, 10, 31), JournalCause.Timer, null),
            ],
            transitions);
    }

    [Fact]
    public async Task A_contact_period_without_move_in_is_raised_to_the_team_lead_after_the_tenants_weeks()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2), [new("CourseLifecycleOptions:Tenants:101:ContactPeriodAlertWeeks", "2")]);
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));

        await StepAsync(world, id, D(2025, 1, 16), "2025-01-15T23:00:00Z", () => world.Recorder.WaitForAsync<ContactPeriodExceeded>(id));

        var alert = Assert.Single(world.Recorder.Of<ContactPeriodExceeded>(id));
        Assert.Equal((D(2025, 1, 2), D(2025, 1, 16)), (alert.ContactPeriodStartDate, alert.ExceededOn));
    }

    [Fact]
    public async Task A_move_in_registered_late_starts_the_passed_phases_with_their_own_dates()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));
        world.TravelTo(D(2025, 6, 10));

        // The trip fires the course's timer (the contact-period alert is long due); a command racing that timer's
        // transaction is refused as a concurrent change, so the test registers the move-in once the timer is done.
        await world.Recorder.WaitForAsync<ContactPeriodExceeded>(id);
        var response = await world.Worker("worker-1").PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2025, 2, 15) });

        response.EnsureSuccessStatusCode();
        var phases = await world.Recorder.WaitForAsync<PhaseStarted>(id, 2);
        Assert.Equal([(1, D(2025, 2, 15), D(2025, 5, 15)), (2, D(2025, 5, 15), D(2025, 8, 15))], phases.Select(p => (p.Phase, p.StartDate, p.PlannedEndDate)));
        Assert.Equal(CopenhagenCalendar.StartOf(D(2025, 8, 1)), (await world.Rows.StateAsync(id))!.Value.NextDueAt);
    }

    [Fact]
    public async Task A_move_in_before_the_committee_met_is_registered_from_the_referral_on_and_flagged_as_a_late_start()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2024, 12, 20), referredOn: D(2024, 12, 1));
        await world.Recorder.WaitForAsync<ContactPeriodStarted>(id);

        var beforeReferral = await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2024, 11, 30) });
        var beforeApproval = await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2024, 12, 20) });

        await AssertRefusedAsync(beforeReferral, "MoveInBeforeReferral");
        beforeApproval.EnsureSuccessStatusCode();
        var phase = Assert.Single(await world.Recorder.WaitForAsync<PhaseStarted>(id));
        Assert.Equal((D(2024, 12, 20), D(2025, 3, 20)), (phase.StartDate, phase.PlannedEndDate));
        Assert.Equal([FidelityDeviation.LateStart], (await world.GetAsync(worker, id)).Deviations);
    }

    [Fact]
    public async Task A_course_names_its_stage_deviations_journal_and_timers_in_Danish_and_in_English_when_asked()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2024, 12, 20), referredOn: D(2024, 12, 1));
        await world.Recorder.WaitForAsync<ContactPeriodStarted>(id);
        (await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2024, 12, 20) })).EnsureSuccessStatusCode();
        await world.Recorder.WaitForAsync<PhaseStarted>(id);

        var view = await world.GetAsync(worker, id);
        var list = await world.TeamLead().GetFromJsonAsync<JsonElement>("/api/courses?workerId=worker-1", TestJson.Options);
        var english = world.Worker("worker-1");
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var inEnglish = await world.GetAsync(english, id);

        Assert.Equal("1. CTI-fase", view.StageLabel);
        Assert.Equal(["Sen start: kvinden flyttede ind i egen bolig før kontaktskabelsesperioden"], view.DeviationLabels);
        var moveIn = Assert.Single(view.Journal, j => j.Kind == OccurrenceKind.MoveInRegistered);
        var phase1 = Assert.Single(view.Journal, j => j.Kind == OccurrenceKind.PhaseStarted);
        Assert.Equal(
            ("Indflytning i egen bolig registreret", "En medarbejder", "CTI-fase startet", "Kontaktskabelsesperiode", "1. CTI-fase"),
            (moveIn.KindLabel, moveIn.CauseLabel, phase1.KindLabel, phase1.FromStageLabel, phase1.ToStageLabel));
        Assert.Contains(view.PendingTimers, t => (t.What, t.WhatLabel) == ("Phase2Starts", "2. CTI-fase begynder"));
        var listed = Assert.Single(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal("1. CTI-fase", listed.GetProperty("stageLabel").GetString());
        Assert.Equal(view.DeviationLabels[0], Assert.Single(listed.GetProperty("deviationLabels").EnumerateArray()).GetString());
        Assert.Equal(("CTI phase 1", CourseStage.Phase1), (inEnglish.StageLabel, inEnglish.Stage));
    }

    [Fact]
    public async Task An_early_end_registered_late_takes_the_date_it_ended_and_the_worker_keeps_access_from_the_registration()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var id = await ArrangeAsync(world, CourseStage.Phase1);

        var future = await worker.PostAsJsonAsync($"/api/courses/{id}/closure", new { reason = "LostContact", endsTo = "Unknown", endedOn = world.Today.AddDays(1) });
        var beforeMoveIn = await worker.PostAsJsonAsync($"/api/courses/{id}/closure", new { reason = "LostContact", endsTo = "Unknown", endedOn = D(2025, 1, 30) });
        var ended = await worker.PostAsJsonAsync($"/api/courses/{id}/closure", new { reason = "LostContact", endsTo = "Unknown", endedOn = D(2025, 2, 3) });

        await AssertRefusedAsync(future, "EndInTheFuture");
        await AssertRefusedAsync(beforeMoveIn, "EndBeforeCourseStart");
        ended.EnsureSuccessStatusCode();
        var closed = Assert.Single(await world.Recorder.WaitForAsync<CourseClosed>(id));
        Assert.Equal((D(2025, 2, 3), world.Today.AddDays(30)), (closed.ClosedOn, closed.WorkerAccessEndsOn));
    }

    [Fact]
    public async Task A_moved_move_out_date_moves_the_start_of_the_contact_period()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 3, 15));
        Assert.Equal(("AwaitingStart", CopenhagenCalendar.StartOf(D(2025, 2, 15))), Brief(await world.Rows.StateAsync(id)));

        var response = await world.Worker("worker-1").PutAsJsonAsync($"/api/courses/{id}/expected-move-out", new { expectedMoveOutDate = D(2025, 4, 1) });

        response.EnsureSuccessStatusCode();
        Assert.Equal(("AwaitingStart", CopenhagenCalendar.StartOf(D(2025, 3, 4))), Brief(await world.Rows.StateAsync(id)));
        world.TravelTo(D(2025, 2, 15));
        world.TravelTo(D(2025, 3, 4));
        var started = Assert.Single(await world.Recorder.WaitForAsync<ContactPeriodStarted>(id));
        Assert.Equal(D(2025, 3, 4), started.StartDate);
    }

    [Fact]
    public async Task A_worker_starts_the_contact_period_early_with_a_reason_journalled_and_reported_and_its_waiting_timer_is_replaced()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 3, 15));
        var waitingTimer = (await world.Rows.StateAsync(id))!.Value.TimerTokenId;

        var noReason = await worker.PostAsJsonAsync($"/api/courses/{id}/contact-period", new { reason = "" });
        var response = await worker.PostAsJsonAsync($"/api/courses/{id}/contact-period", new { reason = "Kvinden ønsker kontakt nu" });
        var again = await worker.PostAsJsonAsync($"/api/courses/{id}/contact-period", new { reason = "igen" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("NotEmpty", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rules").GetProperty("reason")[0].GetString());
        response.EnsureSuccessStatusCode();
        var problem = await AssertRefusedAsync(again, "ContactPeriodAlreadyStarted");
        Assert.Equal("Kontaktskabelsesperioden er allerede startet.", problem.GetProperty("detail").GetString());
        Assert.Equal(D(2025, 1, 2), Assert.Single(await world.Recorder.WaitForAsync<ContactPeriodStarted>(id)).StartDate);
        await world.Recorder.WaitForAsync<ChangeCompassStartingMeasurementDue>(id);
        var row = (await world.Rows.StateAsync(id))!.Value;
        Assert.Equal(("ContactPeriod", CopenhagenCalendar.StartOf(D(2025, 2, 27))), (row.State, row.NextDueAt));
        Assert.NotEqual(waitingTimer, row.TimerTokenId);
        var view = await world.GetAsync(worker, id);
        Assert.Equal(new EarlyContactStartView("Kvinden ønsker kontakt nu", D(2025, 1, 2), "worker-1", true), view.EarlyContactStart);
        Assert.Equal([FidelityDeviation.EarlyContactStart], view.Deviations);
        var journalled = Assert.Single(view.Journal, j => j.Kind == OccurrenceKind.ContactPeriodStarted);
        Assert.Equal((JournalCause.User, "worker-1", "early;window=2025-02-15"), (journalled.Cause, journalled.Actor, journalled.Detail));
    }

    [Theory]
    [InlineData(CourseStage.AwaitingStart)]
    [InlineData(CourseStage.ContactPeriod)]
    [InlineData(CourseStage.Phase1)]
    [InlineData(CourseStage.Phase2)]
    [InlineData(CourseStage.Phase3)]
    public async Task A_course_ends_early_from_every_open_stage_its_timer_is_cancelled_and_nothing_is_accepted_after(CourseStage stage)
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var id = await ArrangeAsync(world, stage);
        var token = (await world.Rows.StateAsync(id))!.Value.TimerTokenId!.Value;

        var response = await worker.PostAsJsonAsync($"/api/courses/{id}/closure", new { reason = "MovedForSafety", endsTo = "MunicipalCaseworker" });

        response.EnsureSuccessStatusCode();
        var closed = Assert.Single(await world.Recorder.WaitForAsync<CourseClosed>(id));
        Assert.Equal(
            (world.Today, CourseClosureReason.MovedForSafety, CourseEndsTo.MunicipalCaseworker, false),
            (closed.ClosedOn, closed.Reason, closed.EndsTo, closed.Completed));
        Assert.Equal(0, await world.Rows.TimerRowsAsync(token));
        var before = await world.GetAsync(worker, id);
        foreach (var (path, body) in Commands())
        {
            var refused = await worker.PostAsJsonAsync(path.Replace("{id}", id.ToString(), StringComparison.Ordinal), body);
            await AssertRefusedAsync(refused, "CourseIsClosed");
        }

        var extension = await world.TeamLead().PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 1, category = "Health" });
        await AssertRefusedAsync(extension, "CourseIsClosed");

        var after = await world.GetAsync(worker, id);
        Assert.Equal(before.Journal.Count, after.Journal.Count);
        Assert.Equal(CourseStage.Closed, after.Stage);
        Assert.Equal(("Flyttet af hensyn til sin sikkerhed", "Sagsbehandler i kommunen"), (after.ClosureReasonLabel, after.EndsToLabel));
    }

    [Fact]
    public async Task What_a_course_ends_to_is_registered_before_the_calendar_completes_it_and_travels_in_CourseClosed()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var id = await ArrangeAsync(world, CourseStage.Phase3);

        var missing = await worker.PutAsJsonAsync($"/api/courses/{id}/ends-to", new { });
        var registered = await worker.PutAsJsonAsync($"/api/courses/{id}/ends-to", new { endsTo = "Section85Support" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("NotNull", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rules").GetProperty("endsTo")[0].GetString());
        registered.EnsureSuccessStatusCode();
        world.TravelTo(D(2025, 10, 31));
        var closed = Assert.Single(await world.Recorder.WaitForAsync<CourseClosed>(id));
        Assert.Equal((CourseClosureReason.Completed, CourseEndsTo.Section85Support), (closed.Reason, closed.EndsTo));
        var refused = await worker.PutAsJsonAsync($"/api/courses/{id}/ends-to", new { endsTo = "NoSupport" });
        await AssertRefusedAsync(refused, "CourseIsClosed");
    }

    [Fact]
    public async Task Commands_out_of_order_are_refused_with_a_Danish_problem_and_change_nothing()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var id = await ArrangeAsync(world, CourseStage.Phase1);
        var before = await world.GetAsync(worker, id);

        var extend = await world.TeamLead().PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 1, category = "OngoingThreat" });
        var moveInAgain = await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = world.Today });
        var moveOut = await worker.PutAsJsonAsync($"/api/courses/{id}/expected-move-out", new { expectedMoveOutDate = world.Today });

        var problem = await AssertRefusedAsync(extend, "ExtensionOnlyInPhase3");
        Assert.Equal("Forløbet kan kun forlænges i 3. CTI-fase.", problem.GetProperty("detail").GetString());
        await AssertRefusedAsync(moveInAgain, "MoveInAlreadyRegistered");
        var movedIn = await AssertRefusedAsync(moveOut, "MoveOutChangeAfterMoveIn");
        Assert.Equal(
            "Den forventede dato for fraflytning fra krisecentret kan ikke ændres, efter at kvinden er flyttet ind i egen bolig.",
            movedIn.GetProperty("detail").GetString());
        var after = await world.GetAsync(worker, id);
        Assert.Equal((before.Stage, before.PlannedEndDate, before.Journal.Count), (after.Stage, after.PlannedEndDate, after.Journal.Count));
        Assert.Empty(world.Recorder.Of<CourseExtended>(id));
    }

    [Fact]
    public async Task A_refusal_is_in_English_when_the_caller_asks_for_English_and_a_missing_reason_names_the_field()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        worker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var id = await ArrangeAsync(world, CourseStage.Phase1);

        var lead = world.TeamLead();
        lead.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var refused = await lead.PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 1, category = "Health" });
        var invalid = await worker.PostAsJsonAsync($"/api/courses/{id}/closure", new { reason = "Other" });

        var problem = await AssertRefusedAsync(refused, "ExtensionOnlyInPhase3");
        Assert.Equal("A course can only be extended in CTI phase 3.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var validation = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NotEmpty", validation.GetProperty("rules").GetProperty("note")[0].GetString());
        Assert.Equal("NotNull", validation.GetProperty("rules").GetProperty("endsTo")[0].GetString());
        Assert.Equal("State what the course ends to.", validation.GetProperty("errors").GetProperty("endsTo")[0].GetString());
    }

    [Fact]
    public async Task Phase_3_extends_up_to_the_tenants_maximum_by_a_team_leads_decision_with_a_reason_category_and_closes_on_the_new_end()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var worker = world.Worker("worker-1");
        var lead = world.TeamLead();
        var id = await ArrangeAsync(world, CourseStage.Phase3);

        var byWorker = await worker.PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 1, category = "OngoingThreat" });
        var first = await lead.PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 2, category = "OngoingThreat", reason = "Han opsøger hende stadig" });
        var tooMuch = await lead.PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 2, category = "Health" });
        var noCategory = await lead.PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 1, reason = "mere" });
        var otherWithoutNote = await lead.PostAsJsonAsync($"/api/courses/{id}/extensions", new { months = 1, category = "Other" });

        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        first.EnsureSuccessStatusCode();
        var extended = Assert.Single(await world.Recorder.WaitForAsync<CourseExtended>(id));
        Assert.Equal(
            (D(2025, 10, 31), D(2025, 12, 31), ExtensionReason.OngoingThreat, "worker-1"),
            (extended.PreviousPlannedEndDate, extended.PlannedEndDate, extended.Reason, extended.WorkerId));
        await AssertRefusedAsync(tooMuch, "ExtensionLimitExceeded");
        Assert.Equal("NotNull", (await noCategory.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rules").GetProperty("category")[0].GetString());
        Assert.Equal("NotEmpty", (await otherWithoutNote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rules").GetProperty("reason")[0].GetString());
        var decided = Assert.Single((await world.GetAsync(worker, id)).Extensions);
        Assert.Equal(
            (ExtensionReason.OngoingThreat, "Voldsudøveren opsøger, truer eller stalker fortsat kvinden", "lead-1"),
            (decided.Category!.Value, decided.CategoryLabel, decided.DecidedBy));

        // The hand-over is planned again against the new end; next due are the reminders a week before it.
        var handOver = (await world.Recorder.WaitForAsync<HandOverMeetingsDue>(id, 2))[^1];
        Assert.Equal((D(2025, 12, 31), D(2025, 11, 30)), (handOver.CourseEndDate, handOver.MeetingsDeadline));
        Assert.Equal(CopenhagenCalendar.StartOf(D(2025, 12, 24)), (await world.Rows.StateAsync(id))!.Value.NextDueAt);

        world.TravelTo(D(2025, 10, 31));
        world.TravelTo(D(2025, 12, 31));
        var closed = Assert.Single(await world.Recorder.WaitForAsync<CourseClosed>(id));
        Assert.Equal((D(2025, 12, 31), true), (closed.ClosedOn, closed.Completed));
        var view = await world.GetAsync(worker, id);
        Assert.Equal([FidelityDeviation.PhaseLongerThanSet, FidelityDeviation.Extended, FidelityDeviation.LongerThanNineMonths], view.Deviations);
    }

    [Fact]
    public async Task A_municipal_phase_length_of_two_months_is_reported_as_a_deviation_on_the_course_and_in_the_list()
    {
        await using var world = await LifecycleScenario.StartAsync(
            database, D(2025, 1, 2), [new($"CourseLifecycleOptions:Tenants:{TestTokens.TenantA}:PhaseLengthMonths", "2")]);
        var id = await ArrangeAsync(world, CourseStage.Phase1);

        var view = await world.GetAsync(world.Worker("worker-1"), id);
        var list = await world.TeamLead().GetFromJsonAsync<JsonElement>("/api/courses?workerId=worker-1", TestJson.Options);

        Assert.Equal((2, D(2025, 7, 31)), (view.PhaseLengthMonths!.Value, view.PlannedEndDate!.Value));
        Assert.Equal([FidelityDeviation.PhaseLengthNotThreeMonths], view.Deviations);
        var listed = Assert.Single(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal("PhaseLengthNotThreeMonths", Assert.Single(listed.GetProperty("deviations").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Only_the_assigned_worker_and_the_tenants_team_leads_see_a_course()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));

        var own = await world.Worker("worker-1").GetAsync($"/api/courses/{id}");
        var lead = await world.TeamLead().GetAsync($"/api/courses/{id}");
        var colleague = await world.Worker("worker-2").PostAsJsonAsync($"/api/courses/{id}/closure", new { reason = "Declined", endsTo = "NoSupport" });
        var otherTenant = await world.TeamLead(TestTokens.TenantB).GetAsync($"/api/courses/{id}");
        var colleaguesList = await world.Worker("worker-2").GetFromJsonAsync<JsonElement>("/api/courses", TestJson.Options);
        var leadsList = await world.TeamLead().GetFromJsonAsync<JsonElement>($"/api/courses?stage=ContactPeriod&workerId=worker-1&nextTransitionBefore=2030-01-01", TestJson.Options);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (own.StatusCode, lead.StatusCode));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (colleague.StatusCode, otherTenant.StatusCode));
        Assert.DoesNotContain(colleaguesList.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);

        // A contact period has no calendar transition: it waits for her move-in, so no next-transition filter matches it.
        Assert.DoesNotContain(leadsList.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var byStage = await world.TeamLead().GetFromJsonAsync<JsonElement>($"/api/courses?stage=ContactPeriod&workerId=worker-1", TestJson.Options);
        Assert.Contains(byStage.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_course_endpoint()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        using var anonymous = new HttpClient { BaseAddress = world.Host.Address };

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["/api/courses", "/api/courses/access-log", "/api/courses/attention", "/api/courses/settings", "/api/courses/{id}", "/api/courses/{id}/closure", "/api/courses/{id}/contact-period", "/api/courses/{id}/ends-to", "/api/courses/{id}/expected-move-out", "/api/courses/{id}/extensions", "/api/courses/{id}/move-in"],
            paths.Order(StringComparer.Ordinal));
    }

    internal static async Task StepAsync<T>(LifecycleScenario world, Guid id, DateOnly date, string expectedTimer, Func<Task<T>> signal)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedTimer), (await world.Rows.StateAsync(id))!.Value.NextDueAt);
        world.TravelTo(date);
        await signal();
    }

    /// <summary>A course of worker-1 in <paramref name="stage"/>, with the clock on a day inside that stage.</summary>
    internal static async Task<Guid> ArrangeAsync(LifecycleScenario world, CourseStage stage)
    {
        if (stage == CourseStage.AwaitingStart)
        {
            return await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 3, 15));
        }

        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));
        await world.Recorder.WaitForAsync<ContactPeriodStarted>(id);
        if (stage == CourseStage.ContactPeriod)
        {
            return id;
        }

        // A late registration brings the course straight into the wanted phase.
        world.TravelTo(stage switch { CourseStage.Phase1 => D(2025, 2, 10), CourseStage.Phase2 => D(2025, 5, 10), _ => D(2025, 8, 10) });
        if (stage != CourseStage.Phase1)
        {
            // Past eight weeks the contact period's alert timer fires; a command racing it would meet a concurrent change.
            await world.Recorder.WaitForAsync<ContactPeriodExceeded>(id);
        }

        var response = await world.Worker("worker-1").PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2025, 1, 31) });
        response.EnsureSuccessStatusCode();
        await Eventually.Until(() => world.Rows.StateAsync(id), row => row?.State == stage.ToString(), Bounds.Signal, $"the course in {stage}");
        return id;
    }

    private static (string, DateTimeOffset?) Brief((string State, DateTimeOffset? NextDueAt, Guid? TimerTokenId)? row) => (row!.Value.State, row.Value.NextDueAt);

    private static IEnumerable<(string Path, object Body)> Commands() =>
    [
        ("/api/courses/{id}/move-in", new { moveInDate = D(2025, 1, 31) }),
        ("/api/courses/{id}/closure", new { reason = "Died", endsTo = "NoSupport" }),
    ];

    private static async Task<JsonElement> AssertRefusedAsync(HttpResponseMessage response, string rule)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        return problem;
    }
}
