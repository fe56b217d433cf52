using CtiPlatform.Contracts.Courses;
using CtiPlatform.Domain;

namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// One woman's CTI course, identified by its referral id. Immutable: every behaviour returns a
/// <see cref="CourseDecision"/> with the next course and what happened, so the state machine, the API's
/// pre-check and the tests all run the same rules. Dates are Danish local dates; "today" is passed in.
/// </summary>
public sealed record Course
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required CourseStage Stage { get; init; }

    public required DateOnly ApprovedOn { get; init; }

    /// <summary>When she was referred; null for courses approved before the approval carried it (decision 413).</summary>
    public DateOnly? ReferredOn { get; init; }

    public required DateOnly ExpectedMoveOutDate { get; init; }

    /// <summary>Fixed when approved or when the move-out date changes, so later settings changes do not move it.</summary>
    public required DateOnly EarliestStartDate { get; init; }

    public DateOnly? ContactPeriodStartDate { get; init; }

    public DateOnly? MoveInDate { get; init; }

    /// <summary>The municipality's phase length when she moved in; a running course keeps it (decision 405).</summary>
    public int PhaseLengthMonths { get; init; }

    public IReadOnlyList<PhasePeriod> Phases { get; init; } = [];

    public IReadOnlyList<CourseExtension> Extensions { get; init; } = [];

    public DateOnly? ClosedOn { get; init; }

    public CourseClosureReason? ClosureReason { get; init; }

    /// <summary>Free text for <see cref="CourseClosureReason.Other"/>; stored here only, never put in a message.</summary>
    public string? ClosureNote { get; init; }

    /// <summary>The support she goes on to, registered apart from why the course ended (seed 001); null until registered.</summary>
    public CourseEndsTo? EndsTo { get; init; }

    /// <summary>Set when the worker started the contact period before its start window (decision 416).</summary>
    public EarlyContactStart? EarlyStart { get; init; }

    /// <summary>Keys of reminders already raised (<see cref="PlannedReminder.Key"/>).</summary>
    public IReadOnlyList<string> RaisedReminders { get; init; } = [];

    public int ExtensionMonths => Extensions.Sum(e => e.Months);

    /// <summary>The phase in progress (1-3), or null outside the phases.</summary>
    public int? CurrentPhase => Stage switch
    {
        CourseStage.Phase1 => 1,
        CourseStage.Phase2 => 2,
        CourseStage.Phase3 => 3,
        _ => null,
    };

    /// <summary>The planned (exclusive) end of the course, once she has moved in.</summary>
    public DateOnly? PlannedEndDate => MoveInDate is { } moveIn ? PhaseCalendar.PhaseEnd(moveIn, PhaseLengthMonths, PhaseCalendar.Phases, ExtensionMonths) : null;

    /// <summary>
    /// The next date the calendar changes the stage: the contact period's start, the next phase, or closure.
    /// Null when only a user can move the course on (contact period) or it is closed.
    /// </summary>
    public DateOnly? NextTransitionDate => Stage switch
    {
        CourseStage.AwaitingStart => StartDateOfContactPeriod,
        CourseStage.Phase1 or CourseStage.Phase2 or CourseStage.Phase3 => PhaseCalendar.PhaseEnd(MoveInDate!.Value, PhaseLengthMonths, CurrentPhase!.Value, ExtensionMonths),
        _ => null,
    };

    /// <summary>What happens on <see cref="NextTransitionDate"/>; null when it is null.</summary>
    public CourseTransition? NextTransition => Stage switch
    {
        CourseStage.AwaitingStart => CourseTransition.ContactPeriodStarts,
        CourseStage.Phase1 => CourseTransition.Phase2Starts,
        CourseStage.Phase2 => CourseTransition.Phase3Starts,
        CourseStage.Phase3 => CourseTransition.CourseCompletes,
        _ => null,
    };

    /// <summary>Seed 002: the course "starter op tidligst 4 uger inden kvinden flytter fra krisecenter".</summary>
    private const int MethodStartLeadDays = 28;

    /// <summary>The earliest real move-in: the referral's date, or the approval's for courses that do not know it.</summary>
    private DateOnly EarliestMoveInDate => ReferredOn ?? ApprovedOn;

    private DateOnly StartDateOfContactPeriod => EarliestStartDate > ApprovedOn ? EarliestStartDate : ApprovedOn;

    /// <summary>The visitation committee's approval: the course waits for the contact period, or starts it at once.</summary>
    public static CourseDecision Approve(
        Guid id, string tenantId, string workerId, DateOnly expectedMoveOutDate, DateOnly approvedOn, DateOnly? referredOn, DateOnly today,
        CourseSettings settings)
    {
        var course = new Course
        {
            Id = id,
            TenantId = tenantId,
            WorkerId = workerId,
            Stage = CourseStage.AwaitingStart,
            ApprovedOn = approvedOn,
            ReferredOn = referredOn,
            ExpectedMoveOutDate = expectedMoveOutDate,
            EarliestStartDate = expectedMoveOutDate.AddDays(-settings.StartLeadDays),
        };
        return course.Advance(today, settings, [new CourseOccurrence(OccurrenceKind.Approved, approvedOn, null, CourseStage.AwaitingStart)]);
    }

    /// <summary>A changed expected move-out moves the start of the contact period, while it has not begun.</summary>
    public CourseDecision ChangeExpectedMoveOut(DateOnly expectedMoveOutDate, DateOnly today, CourseSettings settings)
    {
        Refusal? refusal = Stage switch
        {
            CourseStage.AwaitingStart or CourseStage.ContactPeriod => null,
            CourseStage.Closed => CourseRefusal.CourseIsClosed,
            _ => CourseRefusal.MoveOutChangeAfterMoveIn,
        };
        if (refusal is not null)
        {
            return CourseDecision.Refused(this, refusal);
        }

        var changed = this with
        {
            ExpectedMoveOutDate = expectedMoveOutDate,
            EarliestStartDate = Stage == CourseStage.AwaitingStart ? expectedMoveOutDate.AddDays(-settings.StartLeadDays) : EarliestStartDate,
        };
        return changed.Advance(today, settings, [
            new CourseOccurrence(OccurrenceKind.ExpectedMoveOutChanged, today, Stage, Stage) { PreviousDate = ExpectedMoveOutDate },
        ]);
    }

    /// <summary>
    /// The worker starts the contact period today, before its start window, with a reason: waiting for the window must
    /// never hold back contact. Started more than the method's four weeks before her expected move-out, it is reported as
    /// <see cref="FidelityDeviation.EarlyContactStart"/> (decision 416).
    /// </summary>
    public CourseDecision StartContactPeriodEarly(string reason, string actorId, DateOnly today, CourseSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Stage != CourseStage.AwaitingStart)
        {
            return CourseDecision.Refused(this, Stage == CourseStage.Closed ? CourseRefusal.CourseIsClosed : CourseRefusal.ContactPeriodAlreadyStarted);
        }

        var started = this with
        {
            Stage = CourseStage.ContactPeriod,
            ContactPeriodStartDate = today,
            EarlyStart = new EarlyContactStart(reason, today, actorId, today < ExpectedMoveOutDate.AddDays(-MethodStartLeadDays)),
        };
        return started.Advance(today, settings, [
            new CourseOccurrence(OccurrenceKind.ContactPeriodStarted, today, Stage, CourseStage.ContactPeriod) { PreviousDate = StartDateOfContactPeriod },
        ]);
    }

    /// <summary>
    /// Her actual move-in ends the contact period; phase 1 starts on that date. Registered late, the calendar
    /// catches up at once: phases whose boundaries have passed start and end with their own dates. She may have moved
    /// before the committee approved her, so any date from the referral on is her real move-in, flagged as a late start
    /// when it precedes the contact period (decision 413).
    /// </summary>
    public CourseDecision RegisterMoveIn(DateOnly moveInDate, DateOnly today, CourseSettings settings)
    {
        Refusal? refusal = Stage switch
        {
            CourseStage.ContactPeriod => null,
            CourseStage.Closed => CourseRefusal.CourseIsClosed,
            CourseStage.AwaitingStart => CourseRefusal.ContactPeriodNotStarted,
            _ => CourseRefusal.MoveInAlreadyRegistered,
        };
        if (refusal is not null)
        {
            return CourseDecision.Refused(this, refusal);
        }

        if (moveInDate > today)
        {
            return CourseDecision.Refused(this, CourseRefusal.MoveInInTheFuture);
        }

        if (moveInDate < EarliestMoveInDate)
        {
            return CourseDecision.Refused(this, CourseRefusal.MoveInBeforeReferral);
        }

        var length = settings.PhaseLengthMonths;
        var plannedEnd = PhaseCalendar.PhaseEnd(moveInDate, length, 1);
        var moved = this with
        {
            Stage = CourseStage.Phase1,
            MoveInDate = moveInDate,
            PhaseLengthMonths = length,
            Phases = [new PhasePeriod(1, moveInDate, plannedEnd, null)],
        };
        return moved.Advance(today, settings, [
            new CourseOccurrence(OccurrenceKind.MoveInRegistered, moveInDate, CourseStage.ContactPeriod, CourseStage.ContactPeriod),
            new CourseOccurrence(OccurrenceKind.PhaseStarted, moveInDate, CourseStage.ContactPeriod, CourseStage.Phase1) { Phase = 1, PlannedEndDate = plannedEnd },
        ]);
    }

    /// <summary>
    /// A team lead extends phase 3 by whole months, with a reason category and an optional note: only in phase 3, only up
    /// to the municipality's maximum in total (decision 414).
    /// </summary>
    public CourseDecision Extend(int months, ExtensionReason category, string? note, string actorId, DateOnly today, CourseSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        if (Stage != CourseStage.Phase3)
        {
            return CourseDecision.Refused(this, Stage == CourseStage.Closed ? CourseRefusal.CourseIsClosed : CourseRefusal.ExtensionOnlyInPhase3);
        }

        if (ExtensionMonths + months > settings.MaxExtensionMonths)
        {
            return CourseDecision.Refused(this, CourseRefusal.ExtensionLimitExceeded);
        }

        var previousEnd = PlannedEndDate!.Value;
        var extended = this with { Extensions = [.. Extensions, new CourseExtension(months, note, today, actorId) { Category = category }] };
        var newEnd = extended.PlannedEndDate!.Value;
        extended = extended with { Phases = [.. Phases.SkipLast(1), Phases[^1] with { PlannedEndDate = newEnd }] };
        return extended.Advance(today, settings, [
            new CourseOccurrence(OccurrenceKind.Extended, today, Stage, Stage) { Phase = 3, PreviousDate = previousEnd, PlannedEndDate = newEnd, ExtensionReason = category },
        ]);
    }

    /// <summary>
    /// Registers what the course ends to while it runs, typically as the hand-over is planned in phase 3, so a course
    /// the calendar completes carries it in <see cref="CourseClosed"/>. Registered again, the later answer counts.
    /// </summary>
    public CourseDecision RegisterEndsTo(CourseEndsTo endsTo, DateOnly today)
    {
        if (Stage == CourseStage.Closed)
        {
            return CourseDecision.Refused(this, CourseRefusal.CourseIsClosed);
        }

        return CourseDecision.Accepted(this with { EndsTo = endsTo }, [
            new CourseOccurrence(OccurrenceKind.EndsToRegistered, today, Stage, Stage) { EndsTo = endsTo },
        ]);
    }

    /// <summary>
    /// Ends the course before the calendar does, with a reason and what it ends to, on the date it actually ended: today
    /// or a past date from the start of the course (her move-in, else the contact period's start, else the approval).
    /// Phases the calendar started after that date did not happen and are dropped; the journal keeps them (decision 413).
    /// </summary>
    public CourseDecision EndEarly(CourseClosureReason reason, CourseEndsTo endsTo, string? note, DateOnly endedOn, DateOnly today)
    {
        if (reason == CourseClosureReason.Completed)
        {
            return CourseDecision.Refused(this, CourseRefusal.CompletionIsByCalendar);
        }

        if (Stage == CourseStage.Closed)
        {
            return CourseDecision.Refused(this, CourseRefusal.CourseIsClosed);
        }

        if (endedOn > today)
        {
            return CourseDecision.Refused(this, CourseRefusal.EndInTheFuture);
        }

        if (endedOn < (MoveInDate ?? ContactPeriodStartDate ?? ApprovedOn))
        {
            return CourseDecision.Refused(this, CourseRefusal.EndBeforeCourseStart);
        }

        var happened = this with
        {
            Phases = Phases
                .Where(p => p.Phase == 1 || p.StartDate < endedOn)
                .Select(p => p.EndDate is null || p.EndDate > endedOn ? p with { EndDate = endedOn } : p)
                .ToList(),
        };
        var closed = happened.Close(endedOn, reason) with { ClosureNote = note, EndsTo = endsTo };
        return CourseDecision.Accepted(closed, [
            new CourseOccurrence(OccurrenceKind.Closed, endedOn, Stage, CourseStage.Closed) { ClosureReason = reason },
        ]);
    }

    /// <summary>
    /// The team lead handed the course to another worker (decided in the referrals service, which keeps the worker
    /// registry). Taken in any stage: the referrals service has already moved the referral, and the course must follow.
    /// </summary>
    public CourseDecision Reassign(string workerId, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        return CourseDecision.Accepted(this with { WorkerId = workerId }, [
            new CourseOccurrence(OccurrenceKind.Reassigned, on, Stage, Stage) { PreviousWorkerId = WorkerId },
        ]);
    }

    /// <summary>
    /// The first date the assigned worker no longer sees the closed course; null while it runs. Counted from the day the
    /// closure was recorded when that is later than the date it ended, so a closure registered late still leaves her
    /// the period to finish her notes.
    /// </summary>
    public DateOnly? WorkerAccessEndsOn(CourseSettings settings, DateOnly recordedOn) =>
        ClosedOn is { } closed ? (closed > recordedOn ? closed : recordedOn).AddDays(settings.WorkerAccessAfterClosureDays) : null;

    /// <summary>
    /// Lets the calendar act up to and including <paramref name="today"/>: stage changes whose date has come, then
    /// reminders. Running it twice for the same day changes nothing the second time (decision 404).
    /// </summary>
    public CourseDecision Advance(DateOnly today, CourseSettings settings) => Advance(today, settings, []);

    /// <summary>Every reminder this course will raise in its present plan, raised or not.</summary>
    public IReadOnlyList<PlannedReminder> PlannedReminders(CourseSettings settings)
    {
        var reminders = new List<PlannedReminder>();
        if (Stage == CourseStage.ContactPeriod && ContactPeriodStartDate is { } contactStart)
        {
            reminders.Add(new PlannedReminder(ReminderKind.ChangeCompassStartingMeasurement, contactStart, contactStart, null));
            var due = contactStart.AddDays(7 * settings.ContactPeriodAlertWeeks);
            reminders.Add(new PlannedReminder(ReminderKind.ContactPeriodOverdue, due, due, null));
        }

        if (MoveInDate is not { } moveIn || Stage == CourseStage.Closed)
        {
            return reminders;
        }

        for (var phase = 2; phase <= PhaseCalendar.Phases; phase++)
        {
            var start = PhaseCalendar.PhaseStart(moveIn, PhaseLengthMonths, phase);
            reminders.Add(new PlannedReminder(ReminderKind.PhaseChange, start.AddDays(-settings.PhaseChangeNoticeDays), start, phase));
        }

        for (var phase = 1; phase <= PhaseCalendar.Phases; phase++)
        {
            var boundary = PhaseCalendar.PhaseEnd(moveIn, PhaseLengthMonths, phase, ExtensionMonths);
            reminders.Add(new PlannedReminder(ReminderKind.ChangeCompassAssessment, boundary.AddDays(-settings.ChangeCompassNoticeDays), boundary, phase));
        }

        // Planned from the start of phase 3, not on the meetings' deadline itself: the network takes time to gather.
        var end = PlannedEndDate!.Value;
        var phase3Start = PhaseCalendar.PhaseStart(moveIn, PhaseLengthMonths, PhaseCalendar.Phases);
        reminders.Add(new PlannedReminder(ReminderKind.HandOverMeetings, phase3Start, end, 3));
        reminders.Add(new PlannedReminder(ReminderKind.Closure, end.AddDays(-settings.ClosureNoticeDays), end, 3));
        return reminders;
    }

    /// <summary>Reminders not yet raised that will still be raised (their boundary is not past), in date order.</summary>
    public IReadOnlyList<PlannedReminder> PendingReminders(DateOnly today, CourseSettings settings) =>
        PlannedReminders(settings)
            .Where(r => !RaisedReminders.Contains(r.Key) && !r.IsMootOn(today))
            .OrderBy(r => r.DueDate)
            .ToList();

    /// <summary>The next date the course's timer must wake it: a stage change or a reminder, whichever comes first.</summary>
    public DateOnly? NextDueDate(DateOnly today, CourseSettings settings)
    {
        var reminder = PendingReminders(today, settings).Where(r => r.DueDate > today).Select(r => (DateOnly?)r.DueDate).FirstOrDefault();
        var transition = NextTransitionDate;
        return (transition, reminder) switch
        {
            (null, _) => reminder,
            (_, null) => transition,
            _ => transition < reminder ? transition : reminder,
        };
    }

    /// <summary>Fidelity deviations, for the team lead's overview and reports.</summary>
    public IReadOnlyList<FidelityDeviation> Deviations()
    {
        var deviations = new List<FidelityDeviation>();
        if (MoveInDate is { } moveIn)
        {
            var ended = Phases.Where(p => p.EndDate is not null).ToList();
            if (ended.Any(p => p.EndDate < PhaseCalendar.PhaseEnd(moveIn, PhaseLengthMonths, p.Phase)))
            {
                deviations.Add(FidelityDeviation.PhaseShorterThanSet);
            }

            if (Phases.Any(p => (p.EndDate ?? p.PlannedEndDate) > PhaseCalendar.PhaseEnd(moveIn, PhaseLengthMonths, p.Phase)))
            {
                deviations.Add(FidelityDeviation.PhaseLongerThanSet);
            }
        }

        if (Extensions.Count > 0)
        {
            deviations.Add(FidelityDeviation.Extended);
        }

        if (MoveInDate is { } start && (ClosedOn ?? PlannedEndDate) > PhaseCalendar.MonthsAfter(start, 9))
        {
            deviations.Add(FidelityDeviation.LongerThanNineMonths);
        }

        if (Stage == CourseStage.Closed && MoveInDate is null)
        {
            deviations.Add(FidelityDeviation.MoveInNeverRegistered);
        }

        if (MoveInDate < ContactPeriodStartDate)
        {
            deviations.Add(FidelityDeviation.LateStart);
        }

        if (MoveInDate is not null && PhaseLengthMonths != PhaseCalendar.MethodPhaseLengthMonths)
        {
            deviations.Add(FidelityDeviation.PhaseLengthNotThreeMonths);
        }

        if (EarlyStart is { BeforeMethodWindow: true })
        {
            deviations.Add(FidelityDeviation.EarlyContactStart);
        }

        return deviations;
    }

    private CourseDecision Advance(DateOnly today, CourseSettings settings, List<CourseOccurrence> occurrences)
    {
        var course = this;
        while (course.NextTransitionDate is { } date && date <= today)
        {
            course = course.Transition(date, occurrences);
        }

        foreach (var reminder in course.PendingReminders(today, settings).Where(r => r.DueDate <= today))
        {
            occurrences.Add(new CourseOccurrence(OccurrenceKind.ReminderRaised, reminder.DueDate, course.Stage, course.Stage)
            {
                Phase = reminder.Phase,
                Reminder = reminder,
            });
            course = course with { RaisedReminders = [.. course.RaisedReminders, reminder.Key] };
        }

        return CourseDecision.Accepted(course, occurrences);
    }

    private Course Transition(DateOnly date, List<CourseOccurrence> occurrences)
    {
        if (Stage == CourseStage.AwaitingStart)
        {
            occurrences.Add(new CourseOccurrence(OccurrenceKind.ContactPeriodStarted, date, Stage, CourseStage.ContactPeriod));
            return this with { Stage = CourseStage.ContactPeriod, ContactPeriodStartDate = date };
        }

        var phase = CurrentPhase!.Value;
        if (phase == PhaseCalendar.Phases)
        {
            occurrences.Add(new CourseOccurrence(OccurrenceKind.Closed, date, Stage, CourseStage.Closed) { ClosureReason = CourseClosureReason.Completed });
            return Close(date, CourseClosureReason.Completed);
        }

        var next = phase + 1;
        var plannedEnd = PhaseCalendar.PhaseEnd(MoveInDate!.Value, PhaseLengthMonths, next, ExtensionMonths);
        var stage = next == 2 ? CourseStage.Phase2 : CourseStage.Phase3;
        occurrences.Add(new CourseOccurrence(OccurrenceKind.PhaseStarted, date, Stage, stage) { Phase = next, PlannedEndDate = plannedEnd });
        return this with
        {
            Stage = stage,
            Phases = [.. Phases.SkipLast(1), Phases[^1] with { EndDate = date }, new PhasePeriod(next, date, plannedEnd, null)],
        };
    }

    private Course Close(DateOnly date, CourseClosureReason reason) => this with
    {
        Stage = CourseStage.Closed,
        ClosedOn = date,
        ClosureReason = reason,
        Phases = Phases.Count > 0 && Phases[^1].EndDate is null ? [.. Phases.SkipLast(1), Phases[^1] with { EndDate = date }] : Phases,
    };
}
