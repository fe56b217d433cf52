using CtiPlatform.Contracts.Courses;
using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Tests.Domain;

public sealed class CourseTests
{
    private static readonly CourseSettings Settings = new();
    private static readonly DateOnly Approval = new(2025, 1, 2);
    private static readonly DateOnly Referral = new(2024, 12, 10);

    [Fact]
    public void Approval_more_than_four_weeks_before_move_out_waits_for_the_earliest_start()
    {
        var course = Approve(expectedMoveOut: new DateOnly(2025, 3, 15));

        Assert.Equal(CourseStage.AwaitingStart, course.Stage);
        Assert.Equal(new DateOnly(2025, 2, 15), course.NextTransitionDate);
    }

    [Fact]
    public void Approval_within_four_weeks_of_move_out_starts_the_contact_period_on_the_approval_date()
    {
        var decision = Course.Approve(Guid.NewGuid(), "101", "w", new DateOnly(2025, 1, 20), Approval, Referral, Approval, Settings);

        Assert.Equal(CourseStage.ContactPeriod, decision.Course.Stage);
        Assert.Equal(Approval, decision.Course.ContactPeriodStartDate);
        Assert.Contains(decision.Occurrences, o => o.Kind == OccurrenceKind.ContactPeriodStarted && o.Date == Approval);
    }

    [Fact]
    public void A_worker_starts_the_contact_period_before_its_window_with_a_reason_reported_as_a_deviation()
    {
        var waiting = Approve(expectedMoveOut: new DateOnly(2025, 3, 15));

        var decision = waiting.StartContactPeriodEarly("Kvinden ønsker kontakt nu", "w", new DateOnly(2025, 1, 10), Settings);

        Assert.Equal((CourseStage.ContactPeriod, new DateOnly(2025, 1, 10)), (decision.Course.Stage, decision.Course.ContactPeriodStartDate));
        var started = Assert.Single(decision.Occurrences, o => o.Kind == OccurrenceKind.ContactPeriodStarted);
        Assert.Equal((new DateOnly(2025, 1, 10), new DateOnly(2025, 2, 15)), (started.Date, started.PreviousDate));
        Assert.Contains(decision.Occurrences, o => o.Reminder?.Kind == ReminderKind.ChangeCompassStartingMeasurement);
        Assert.Equal(new EarlyContactStart("Kvinden ønsker kontakt nu", new DateOnly(2025, 1, 10), "w", true), decision.Course.EarlyStart);
        Assert.Equal([FidelityDeviation.EarlyContactStart], decision.Course.Deviations());
        Assert.Null(decision.Course.NextTransitionDate);
    }

    [Fact]
    public void An_early_start_within_the_methods_four_weeks_is_not_a_deviation()
    {
        var shortLead = Settings with { StartLeadDays = 14 };
        var waiting = Course.Approve(Guid.NewGuid(), "101", "w", new DateOnly(2025, 2, 20), Approval, Referral, Approval, shortLead).Course;

        var decision = waiting.StartContactPeriodEarly("Boligen er klar før tid", "w", new DateOnly(2025, 1, 25), shortLead);

        Assert.Equal(CourseStage.ContactPeriod, decision.Course.Stage);
        Assert.False(decision.Course.EarlyStart!.BeforeMethodWindow);
        Assert.Empty(decision.Course.Deviations());
    }

    [Fact]
    public void The_contact_period_is_started_early_only_while_the_course_awaits_it()
    {
        var refused = InContactPeriod().StartContactPeriodEarly("igen", "w", Approval, Settings);

        Assert.Equal(CourseRefusal.ContactPeriodAlreadyStarted, refused.Refusal);
        Assert.Empty(refused.Occurrences);
    }

    [Fact]
    public void A_later_move_out_moves_the_start_and_an_earlier_one_can_start_it_at_once()
    {
        var course = Approve(expectedMoveOut: new DateOnly(2025, 3, 15));

        var later = course.ChangeExpectedMoveOut(new DateOnly(2025, 4, 1), Approval, Settings).Course;
        var earlier = course.ChangeExpectedMoveOut(new DateOnly(2025, 1, 25), Approval, Settings);

        Assert.Equal(new DateOnly(2025, 3, 4), later.NextTransitionDate);
        Assert.Equal(CourseStage.ContactPeriod, earlier.Course.Stage);
        Assert.Equal(Approval, earlier.Course.ContactPeriodStartDate);
    }

    [Fact]
    public void Move_in_starts_phase_1_on_the_move_in_date_with_its_planned_end()
    {
        var decision = InContactPeriod().RegisterMoveIn(new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 3), Settings);

        Assert.Equal(CourseStage.Phase1, decision.Course.Stage);
        var started = Assert.Single(decision.Occurrences, o => o.Kind == OccurrenceKind.PhaseStarted);
        Assert.Equal((1, new DateOnly(2025, 1, 31), new DateOnly(2025, 4, 30)), (started.Phase!.Value, started.Date, started.PlannedEndDate!.Value));
    }

    [Fact]
    public void A_move_in_registered_months_late_catches_up_with_the_phases_whose_dates_have_passed()
    {
        var decision = InContactPeriod().RegisterMoveIn(new DateOnly(2025, 2, 15), new DateOnly(2025, 6, 10), Settings);

        Assert.Equal(CourseStage.Phase2, decision.Course.Stage);
        var phases = decision.Occurrences.Where(o => o.Kind == OccurrenceKind.PhaseStarted).Select(o => (o.Phase, o.Date, o.PlannedEndDate)).ToList();
        Assert.Equal([(1, new DateOnly(2025, 2, 15), new DateOnly(2025, 5, 15)), (2, new DateOnly(2025, 5, 15), new DateOnly(2025, 8, 15))], phases);

        // Reminders about boundaries already behind her are moot; the next ones are still planned.
        Assert.DoesNotContain(decision.Occurrences, o => o.Kind == OccurrenceKind.ReminderRaised);
        Assert.Equal(new DateOnly(2025, 8, 1), decision.Course.NextDueDate(new DateOnly(2025, 6, 10), Settings));
    }

    [Theory]
    [InlineData("2025-02-04", nameof(CourseRefusal.MoveInInTheFuture))]
    [InlineData("2024-12-09", nameof(CourseRefusal.MoveInBeforeReferral))]
    public void A_move_in_date_outside_the_contact_period_is_refused(string moveIn, string refusal)
    {
        var course = InContactPeriod();

        var decision = course.RegisterMoveIn(DateOnly.Parse(moveIn), new DateOnly(2025, 2, 3), Settings);

        Assert.Equal(refusal, decision.Refusal?.Rule);
        Assert.Same(course, decision.Course);
    }

    [Fact]
    public void A_move_in_before_the_approval_but_after_the_referral_is_her_real_start_flagged_as_late()
    {
        var decision = InContactPeriod().RegisterMoveIn(new DateOnly(2024, 12, 20), new DateOnly(2025, 1, 3), Settings);

        Assert.False(decision.IsRefused);
        Assert.Equal(new DateOnly(2024, 12, 20), decision.Course.Phases[0].StartDate);
        Assert.Equal(new DateOnly(2025, 3, 20), decision.Course.Phases[0].PlannedEndDate);
        Assert.Equal([FidelityDeviation.LateStart], decision.Course.Deviations());
        Assert.Empty(InPhase1().Deviations());
    }

    [Fact]
    public void Without_a_referral_date_a_move_in_is_accepted_from_the_approval_on()
    {
        var course = Course.Approve(Guid.NewGuid(), "101", "w", new DateOnly(2025, 1, 20), Approval, null, Approval, Settings).Course;

        Assert.Equal(CourseRefusal.MoveInBeforeReferral, course.RegisterMoveIn(Approval.AddDays(-1), Approval, Settings).Refusal);
        Assert.False(course.RegisterMoveIn(Approval, Approval, Settings).IsRefused);
    }

    [Fact]
    public void An_early_end_takes_the_date_it_actually_ended_and_drops_the_phases_the_calendar_started_after_it()
    {
        var inPhase2 = In(CourseStage.Phase2);

        var ended = inPhase2.EndEarly(CourseClosureReason.LostContact, CourseEndsTo.Unknown, null, new DateOnly(2025, 4, 10), new DateOnly(2025, 5, 20));

        Assert.Equal(new DateOnly(2025, 4, 10), ended.Course.ClosedOn);
        Assert.Equal(new DateOnly(2025, 4, 10), Assert.Single(ended.Occurrences).Date);
        var phase = Assert.Single(ended.Course.Phases);
        Assert.Equal((1, new DateOnly(2025, 4, 10)), (phase.Phase, phase.EndDate));
        Assert.Contains(FidelityDeviation.PhaseShorterThanSet, ended.Course.Deviations());
    }

    [Theory]
    [InlineData("2025-05-21", nameof(CourseRefusal.EndInTheFuture))]
    [InlineData("2025-01-30", nameof(CourseRefusal.EndBeforeCourseStart))]
    public void An_early_end_in_the_future_or_before_the_move_in_is_refused(string endedOn, string refusal)
    {
        var course = In(CourseStage.Phase2);

        var decision = course.EndEarly(CourseClosureReason.LostHome, CourseEndsTo.NoSupport, null, DateOnly.Parse(endedOn), new DateOnly(2025, 5, 20));

        Assert.Equal(refusal, decision.Refusal?.Rule);
        Assert.Same(course, decision.Course);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void A_phase_length_other_than_three_months_is_a_reported_deviation(int phaseLength, bool flagged)
    {
        var settings = new CourseSettings { PhaseLengthMonths = phaseLength, HandOverNoticeMonths = 1 };

        var course = InContactPeriod().RegisterMoveIn(new DateOnly(2025, 1, 31), new DateOnly(2025, 1, 31), settings).Course;

        Assert.Equal(flagged, course.Deviations().Contains(FidelityDeviation.PhaseLengthNotThreeMonths));
        Assert.DoesNotContain(FidelityDeviation.PhaseLengthNotThreeMonths, InContactPeriod().Deviations());
    }

    [Fact]
    public void Registering_the_move_in_twice_is_refused()
    {
        var course = InPhase1();

        Assert.Equal(CourseRefusal.MoveInAlreadyRegistered, course.RegisterMoveIn(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 3), Settings).Refusal);
    }

    [Fact]
    public void Registering_a_move_in_before_the_contact_period_began_is_refused()
    {
        var course = Approve(expectedMoveOut: new DateOnly(2025, 3, 15));

        Assert.Equal(CourseRefusal.ContactPeriodNotStarted, course.RegisterMoveIn(Approval, Approval, Settings).Refusal);
    }

    [Fact]
    public void Extending_in_phase_1_is_refused()
    {
        Assert.Equal(CourseRefusal.ExtensionOnlyInPhase3, InPhase1().Extend(1, ExtensionReason.OngoingThreat, null, "lead", new DateOnly(2025, 2, 3), Settings).Refusal);
    }

    [Fact]
    public void Extensions_move_the_end_of_phase_3_up_to_the_municipalitys_maximum()
    {
        var inPhase3 = InPhase1().Advance(new DateOnly(2025, 8, 1), Settings).Course;

        var extended = inPhase3.Extend(2, ExtensionReason.OngoingThreat, null, "lead", new DateOnly(2025, 8, 1), Settings);
        var tooFar = extended.Course.Extend(2, ExtensionReason.HousingNotInPlace, null, "lead", new DateOnly(2025, 8, 1), Settings);
        var upToMax = extended.Course.Extend(1, ExtensionReason.Other, "more", "lead", new DateOnly(2025, 8, 1), Settings);

        var occurrence = Assert.Single(extended.Occurrences, o => o.Kind == OccurrenceKind.Extended);
        Assert.Equal((new DateOnly(2025, 10, 31), new DateOnly(2025, 12, 31)), (occurrence.PreviousDate!.Value, occurrence.PlannedEndDate!.Value));
        Assert.Equal(CourseRefusal.ExtensionLimitExceeded, tooFar.Refusal);
        Assert.Equal(new DateOnly(2026, 1, 31), upToMax.Course.PlannedEndDate);
        Assert.Equal(
            [FidelityDeviation.PhaseLongerThanSet, FidelityDeviation.Extended, FidelityDeviation.LongerThanNineMonths],
            upToMax.Course.Deviations());
    }

    [Fact]
    public void The_calendar_closes_the_course_as_completed_at_the_end_of_phase_3()
    {
        var decision = InPhase1().Advance(new DateOnly(2025, 10, 31), Settings);

        Assert.Equal(CourseStage.Closed, decision.Course.Stage);
        Assert.Equal(new DateOnly(2025, 10, 31), decision.Course.ClosedOn);
        Assert.Equal(CourseClosureReason.Completed, decision.Course.ClosureReason);
        Assert.Empty(decision.Course.Deviations());
        Assert.Null(decision.Course.NextDueDate(new DateOnly(2025, 10, 31), Settings));
    }

    [Fact]
    public void Reminders_fall_on_the_default_offsets_before_each_boundary()
    {
        var reminders = InPhase1().PlannedReminders(Settings).Select(r => (r.Kind, r.DueDate, r.ReferenceDate)).ToList();

        Assert.Equal(
            [
                (ReminderKind.PhaseChange, new DateOnly(2025, 4, 16), new DateOnly(2025, 4, 30)),
                (ReminderKind.PhaseChange, new DateOnly(2025, 7, 17), new DateOnly(2025, 7, 31)),
                (ReminderKind.ChangeCompassAssessment, new DateOnly(2025, 4, 23), new DateOnly(2025, 4, 30)),
                (ReminderKind.ChangeCompassAssessment, new DateOnly(2025, 7, 24), new DateOnly(2025, 7, 31)),
                (ReminderKind.ChangeCompassAssessment, new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 31)),
                (ReminderKind.HandOverMeetings, new DateOnly(2025, 7, 31), new DateOnly(2025, 10, 31)),
                (ReminderKind.Closure, new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 31)),
            ],
            reminders);
    }

    [Fact]
    public void The_hand_over_is_to_be_planned_when_phase_3_starts_not_on_the_meetings_deadline()
    {
        var decision = InPhase1().Advance(new DateOnly(2025, 7, 31), Settings);

        var raised = decision.Occurrences.Where(o => o.Kind == OccurrenceKind.ReminderRaised).Select(o => o.Reminder!).ToList();
        var handOver = Assert.Single(raised, r => r.Kind == ReminderKind.HandOverMeetings);
        Assert.Equal((new DateOnly(2025, 7, 31), new DateOnly(2025, 10, 31)), (handOver.DueDate, handOver.ReferenceDate));
        Assert.Equal(CourseStage.Phase3, decision.Course.Stage);
    }

    [Fact]
    public void The_change_compass_starting_measurement_is_raised_when_the_contact_period_starts()
    {
        var waiting = Approve(expectedMoveOut: new DateOnly(2025, 3, 15));
        Assert.DoesNotContain(waiting.PlannedReminders(Settings), r => r.Kind == ReminderKind.ChangeCompassStartingMeasurement);

        var decision = waiting.Advance(new DateOnly(2025, 2, 15), Settings);

        var raised = Assert.Single(decision.Occurrences, o => o.Kind == OccurrenceKind.ReminderRaised);
        Assert.Equal((ReminderKind.ChangeCompassStartingMeasurement, new DateOnly(2025, 2, 15), CourseStage.ContactPeriod), (raised.Reminder!.Kind, raised.Date, raised.To));
        Assert.Empty(decision.Course.Advance(new DateOnly(2025, 2, 16), Settings).Occurrences);
    }

    [Fact]
    public void The_change_compass_starting_measurement_stays_due_through_a_late_timer_until_she_moves_in()
    {
        var waiting = Approve(expectedMoveOut: new DateOnly(2025, 3, 15));

        var late = waiting.Advance(new DateOnly(2025, 2, 20), Settings);

        // Her move-in registered before the reminder was raised: phase 1 has begun, the contact period's reminder is past.
        var notYetRaised = waiting.Advance(new DateOnly(2025, 2, 15), Settings).Course with { RaisedReminders = [] };

        Assert.Contains(late.Occurrences, o => o.Reminder?.Kind == ReminderKind.ChangeCompassStartingMeasurement);
        Assert.DoesNotContain(
            notYetRaised.RegisterMoveIn(new DateOnly(2025, 2, 20), new DateOnly(2025, 2, 20), Settings).Occurrences,
            o => o.Reminder?.Kind == ReminderKind.ChangeCompassStartingMeasurement);
    }

    [Fact]
    public void A_contact_period_without_move_in_is_raised_after_the_set_number_of_weeks()
    {
        var course = InContactPeriod();

        var decision = course.Advance(Approval.AddDays(7 * Settings.ContactPeriodAlertWeeks), Settings);

        var raised = Assert.Single(decision.Occurrences);
        Assert.Equal(ReminderKind.ContactPeriodOverdue, raised.Reminder!.Kind);
    }

    [Fact]
    public void Advancing_twice_on_the_same_day_does_nothing_the_second_time()
    {
        var first = InPhase1().Advance(new DateOnly(2025, 4, 30), Settings);

        var second = first.Course.Advance(new DateOnly(2025, 4, 30), Settings);

        Assert.NotEmpty(first.Occurrences);
        Assert.Empty(second.Occurrences);
        Assert.Equal(first.Course, second.Course);
    }

    [Theory]
    [InlineData(CourseStage.AwaitingStart)]
    [InlineData(CourseStage.ContactPeriod)]
    [InlineData(CourseStage.Phase1)]
    [InlineData(CourseStage.Phase2)]
    [InlineData(CourseStage.Phase3)]
    public void A_course_can_end_early_from_every_open_stage_and_nothing_is_accepted_after(CourseStage stage)
    {
        var course = In(stage);
        var today = course.MoveInDate?.AddMonths(course.CurrentPhase!.Value * 3 - 1) ?? Approval;

        var ended = course.EndEarly(CourseClosureReason.ReadmittedToShelter, CourseEndsTo.MunicipalCaseworker, null, today, today);

        Assert.Equal(CourseStage.Closed, ended.Course.Stage);
        Assert.Equal(CourseClosureReason.ReadmittedToShelter, Assert.Single(ended.Occurrences).ClosureReason);
        Assert.Equal(CourseRefusal.CourseIsClosed, ended.Course.EndEarly(CourseClosureReason.Other, CourseEndsTo.Unknown, "x", today, today).Refusal);
        Assert.Equal(CourseRefusal.CourseIsClosed, ended.Course.Extend(1, ExtensionReason.Health, null, "lead", today, Settings).Refusal);
        Assert.Equal(CourseRefusal.CourseIsClosed, ended.Course.RegisterMoveIn(today, today, Settings).Refusal);
        Assert.Equal(CourseRefusal.CourseIsClosed, ended.Course.ChangeExpectedMoveOut(today, today, Settings).Refusal);
        Assert.Equal(CourseRefusal.CourseIsClosed, ended.Course.RegisterEndsTo(CourseEndsTo.NoSupport, today).Refusal);
        Assert.Equal(stage >= CourseStage.Phase1, ended.Course.Deviations().Contains(FidelityDeviation.PhaseShorterThanSet));
        Assert.Equal(stage < CourseStage.Phase1, ended.Course.Deviations().Contains(FidelityDeviation.MoveInNeverRegistered));
    }

    [Fact]
    public void A_course_cannot_be_ended_early_as_completed()
    {
        Assert.Equal(CourseRefusal.CompletionIsByCalendar, InPhase1().EndEarly(CourseClosureReason.Completed, CourseEndsTo.NoSupport, null, new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 3)).Refusal);
    }

    [Fact]
    public void An_early_end_records_what_the_course_ends_to_apart_from_why_it_ended()
    {
        var ended = InPhase1().EndEarly(CourseClosureReason.LostHome, CourseEndsTo.Section85Support, null, new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 3)).Course;

        Assert.Equal((CourseClosureReason.LostHome, CourseEndsTo.Section85Support), (ended.ClosureReason, ended.EndsTo));
    }

    [Fact]
    public void What_a_course_ends_to_registered_while_it_runs_is_kept_when_the_calendar_completes_it()
    {
        var registered = InPhase1().Advance(new DateOnly(2025, 8, 1), Settings).Course
            .RegisterEndsTo(CourseEndsTo.Section85Support, new DateOnly(2025, 8, 1))
            .Course.RegisterEndsTo(CourseEndsTo.MunicipalCaseworker, new DateOnly(2025, 8, 2));

        var completed = registered.Course.Advance(new DateOnly(2025, 10, 31), Settings).Course;

        Assert.Equal(OccurrenceKind.EndsToRegistered, Assert.Single(registered.Occurrences).Kind);
        Assert.Equal((CourseClosureReason.Completed, CourseEndsTo.MunicipalCaseworker), (completed.ClosureReason, completed.EndsTo));
    }

    private static Course Approve(DateOnly expectedMoveOut) =>
        Course.Approve(Guid.NewGuid(), "101", "w", expectedMoveOut, Approval, Referral, Approval, Settings).Course;

    private static Course InContactPeriod() => Approve(new DateOnly(2025, 1, 20));

    private static Course InPhase1() => InContactPeriod().RegisterMoveIn(new DateOnly(2025, 1, 31), new DateOnly(2025, 1, 31), Settings).Course;

    private static Course In(CourseStage stage) => stage switch
    {
        CourseStage.AwaitingStart => Approve(new DateOnly(2025, 3, 15)),
        CourseStage.ContactPeriod => InContactPeriod(),
        CourseStage.Phase1 => InPhase1(),
        CourseStage.Phase2 => InPhase1().Advance(new DateOnly(2025, 5, 1), Settings).Course,
        _ => InPhase1().Advance(new DateOnly(2025, 8, 1), Settings).Course,
    };
}
