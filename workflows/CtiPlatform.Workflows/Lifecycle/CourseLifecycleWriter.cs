using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Options;
using CtiPlatform.Workflows.Persistence;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Workflows.Lifecycle;

/// <summary>
/// Records a course decision in the current unit of work: the new state, a journal entry per occurrence, the
/// events and reminders through the outbox, and the course's single timer re-armed for its next due date.
/// The state machine (events and timers) and the API (user commands) both write through here, so a change
/// and everything it causes commit together or not at all.
/// </summary>
internal sealed class CourseLifecycleWriter(WorkflowsDbContext db, IOutbox outbox, IOptions<CourseLifecycleOptions> options, TimeProvider time)
{
    public DateOnly Today => CopenhagenCalendar.DateAt(time.GetUtcNow());

    public CourseSettings SettingsFor(string tenantId) => options.Value.For(tenantId);

    /// <summary>Applies an accepted <paramref name="decision"/> to <paramref name="state"/>.</summary>
    public async Task ApplyAsync(CourseLifecycleState state, CourseDecision decision, JournalCause cause, string? actor, CancellationToken cancellationToken)
    {
        if (decision.IsRefused)
        {
            throw new InvalidOperationException("A refused decision changes nothing and must not be applied.");
        }

        var now = time.GetUtcNow();
        var course = decision.Course;
        state.Course = course;
        state.TenantId = course.TenantId;
        state.WorkerId = course.WorkerId;
        state.CurrentState = course.Stage.ToString();
        state.NextTransitionDate = course.NextTransitionDate;
        if (decision.Occurrences.Any(o => o.Kind == OccurrenceKind.Closed))
        {
            // Fixed at closure, so a later settings change does not reopen or cut short a closed course's access.
            state.WorkerAccessEndsOn = course.WorkerAccessEndsOn(SettingsFor(course.TenantId), Today);
        }

        state.UpdatedAt = now;
        foreach (var occurrence in decision.Occurrences)
        {
            db.Journal.Add(new CourseJournalEntry
            {
                TenantId = course.TenantId,
                CourseId = course.Id,
                RecordedAt = now,
                EffectiveDate = occurrence.Date,
                Kind = occurrence.Kind,
                FromStage = occurrence.From,
                ToStage = occurrence.To,
                Cause = cause,
                Actor = actor,
                Detail = Detail(occurrence, course),
            });
            Publish(course, occurrence);
        }

        await RearmTimerAsync(state, course, cancellationToken);
    }

    private async Task RearmTimerAsync(CourseLifecycleState state, Course course, CancellationToken cancellationToken)
    {
        var nextDate = course.NextDueDate(Today, SettingsFor(course.TenantId));
        DateTimeOffset? nextAt = nextDate is { } date ? CopenhagenCalendar.StartOf(date) : null;
        if (nextAt == state.NextDueAt && state.TimerTokenId is not null)
        {
            return;
        }

        if (state.TimerTokenId is { } previous)
        {
            await outbox.CancelScheduledAsync(previous, cancellationToken);
        }

        state.TimerTokenId = nextAt is { } at
            ? outbox.Schedule(CourseLifecycleStateDefinition.Address, at, new CourseTimerDue { CourseId = course.Id, DueDate = nextDate!.Value }, NewId.NextGuid())
            : null;
        state.NextDueAt = nextAt;
    }

    private void Publish(Course course, CourseOccurrence occurrence)
    {
        // One ordering key per course keeps its events in the order they happened, across dispatchers.
        var key = course.Id.ToString();
        switch (occurrence.Kind)
        {
            case OccurrenceKind.ContactPeriodStarted:
                outbox.Publish(new ContactPeriodStarted { CourseId = course.Id, TenantId = course.TenantId, WorkerId = course.WorkerId, StartDate = occurrence.Date }, key);
                break;
            case OccurrenceKind.MoveInRegistered:
                outbox.Publish(new MoveInRegistered { CourseId = course.Id, TenantId = course.TenantId, WorkerId = course.WorkerId, MoveInDate = occurrence.Date }, key);
                break;
            case OccurrenceKind.PhaseStarted:
                outbox.Publish(new PhaseStarted
                {
                    CourseId = course.Id,
                    TenantId = course.TenantId,
                    WorkerId = course.WorkerId,
                    Phase = occurrence.Phase!.Value,
                    StartDate = occurrence.Date,
                    PlannedEndDate = occurrence.PlannedEndDate!.Value,
                }, key);
                break;
            case OccurrenceKind.Extended:
                outbox.Publish(new CourseExtended
                {
                    CourseId = course.Id,
                    TenantId = course.TenantId,
                    PreviousPlannedEndDate = occurrence.PreviousDate!.Value,
                    PlannedEndDate = occurrence.PlannedEndDate!.Value,
                    Reason = occurrence.ExtensionReason!.Value,
                    WorkerId = course.WorkerId,
                }, key);
                break;
            case OccurrenceKind.Closed:
                outbox.Publish(new CourseClosed
                {
                    CourseId = course.Id,
                    TenantId = course.TenantId,
                    WorkerId = course.WorkerId,
                    ClosedOn = occurrence.Date,
                    Reason = occurrence.ClosureReason!.Value,
                    Completed = occurrence.ClosureReason == CourseClosureReason.Completed,
                    MoveInDate = course.MoveInDate,
                    EndsTo = course.EndsTo,

                    WorkerAccessEndsOn = course.WorkerAccessEndsOn(SettingsFor(course.TenantId), Today)!.Value,
                }, key);
                break;
            case OccurrenceKind.ReminderRaised:
                PublishReminder(course, occurrence.Reminder!, key);
                break;
            case OccurrenceKind.Approved:
            case OccurrenceKind.ExpectedMoveOutChanged:
            case OccurrenceKind.Reassigned:
                // Journal only: the referrals service already knows all three.
                break;
            case OccurrenceKind.EndsToRegistered:
                // Journal only: the referrals service learns it with CourseClosed, when it belongs in the report.
                break;
            default:
                throw new InvalidOperationException($"No event for {occurrence.Kind}.");
        }
    }

    private void PublishReminder(Course course, PlannedReminder reminder, string key)
    {
        var (id, tenant, worker) = (course.Id, course.TenantId, course.WorkerId);
        switch (reminder.Kind)
        {
            case ReminderKind.PhaseChange:
                outbox.Publish(new PhaseChangeDue { CourseId = id, TenantId = tenant, WorkerId = worker, NextPhase = reminder.Phase!.Value, ChangeDate = reminder.ReferenceDate }, key);
                break;
            case ReminderKind.ChangeCompassAssessment:
                outbox.Publish(new ChangeCompassAssessmentDue { CourseId = id, TenantId = tenant, WorkerId = worker, Phase = reminder.Phase!.Value, BoundaryDate = reminder.ReferenceDate }, key);
                break;
            case ReminderKind.HandOverMeetings:
                outbox.Publish(new HandOverMeetingsDue
                {
                    CourseId = id,
                    TenantId = tenant,
                    WorkerId = worker,
                    CourseEndDate = reminder.ReferenceDate,
                    MeetingsDeadline = reminder.ReferenceDate.AddMonths(-SettingsFor(tenant).HandOverNoticeMonths),
                }, key);
                break;
            case ReminderKind.Closure:
                outbox.Publish(new CourseClosureDue { CourseId = id, TenantId = tenant, WorkerId = worker, CourseEndDate = reminder.ReferenceDate }, key);
                break;
            case ReminderKind.ContactPeriodOverdue:
                outbox.Publish(new ContactPeriodExceeded
                {
                    CourseId = id,
                    TenantId = tenant,
                    WorkerId = worker,
                    ContactPeriodStartDate = course.ContactPeriodStartDate!.Value,
                    ExceededOn = reminder.DueDate,
                }, key);
                break;
            case ReminderKind.ChangeCompassStartingMeasurement:
                outbox.Publish(new ChangeCompassStartingMeasurementDue { CourseId = id, TenantId = tenant, WorkerId = worker, ContactPeriodStartDate = reminder.ReferenceDate }, key);
                break;
            default:
                throw new InvalidOperationException($"No event for reminder {reminder.Kind}.");
        }
    }

    private static string? Detail(CourseOccurrence occurrence, Course course) => occurrence.Kind switch
    {
        OccurrenceKind.PhaseStarted => $"phase={occurrence.Phase};plannedEnd={occurrence.PlannedEndDate:yyyy-MM-dd}",
        OccurrenceKind.Extended => $"plannedEnd={occurrence.PreviousDate:yyyy-MM-dd}->{occurrence.PlannedEndDate:yyyy-MM-dd};reason={occurrence.ExtensionReason}",
        OccurrenceKind.Closed => $"reason={occurrence.ClosureReason};endsTo={course.EndsTo}",
        OccurrenceKind.EndsToRegistered => $"endsTo={occurrence.EndsTo}",
        OccurrenceKind.ReminderRaised => $"reminder={occurrence.Reminder!.Key}",
        OccurrenceKind.ExpectedMoveOutChanged => $"previous={occurrence.PreviousDate:yyyy-MM-dd}",
        OccurrenceKind.ContactPeriodStarted when occurrence.PreviousDate is { } window => $"early;window={window:yyyy-MM-dd}",
        OccurrenceKind.Reassigned => $"worker={occurrence.PreviousWorkerId}->{course.WorkerId}",
        _ => null,
    };
}
