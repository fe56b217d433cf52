using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Domain;
using CtiPlatform.Workflows.Domain;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Workflows.Lifecycle;

/// <summary>
/// A course from approval to closure (domain.md §2). The calendar drives it: one durable timer per course
/// wakes it on its next due date, and <see cref="Course"/> decides what that date brings. The state is the
/// course's stage, set by <see cref="CourseLifecycleWriter"/> from the decision, so the machine and the API's
/// user commands can never disagree about where a course is.
/// </summary>
public sealed class CourseLifecycleStateMachine : MassTransitStateMachine<CourseLifecycleState>
{
    public CourseLifecycleStateMachine()
    {
        InstanceState(x => x.CurrentState);

        Event(() => Approved, x => x.CorrelateById(context => context.Message.ReferralId));

        // A hand-over that overtakes its course's approval faults and comes back by redelivery, once the course exists.
        Event(() => Reassigned, x =>
        {
            x.CorrelateById(context => context.Message.CourseId);
            x.OnMissingInstance(m => m.Fault());
        });

        Schedule(() => Timer, instance => instance.TimerTokenId, schedule =>
            schedule.Received = received => received.CorrelateById(context => context.Message.CourseId));

        Initially(
            When(Approved).ThenAsync(StartAsync));

        During([AwaitingStart, ContactPeriod, Phase1, Phase2, Phase3],
            When(Timer.Received).ThenAsync(FollowCalendarAsync));

        // A copy of the approval (the referral approved twice, a replay) never starts a second course.
        // Access follows assignment in every stage, a closed course's remaining access included.
        DuringAny(
            Ignore(Approved),
            When(Reassigned).ThenAsync(ReassignAsync));

        // A timer that was armed before the course closed early arrives to nothing left to do.
        OnUnhandledEvent(context =>
        {
            context.GetServiceOrCreateInstance<ILogger<CourseLifecycleStateMachine>>()
                .LogInformation("Course {CourseId} ignored {Event} in {State}", context.Saga.CorrelationId, context.Event.Name, context.CurrentState.Name);
            return context.Ignore();
        });
    }

    public State AwaitingStart { get; private set; } = null!;

    public State ContactPeriod { get; private set; } = null!;

    public State Phase1 { get; private set; } = null!;

    public State Phase2 { get; private set; } = null!;

    public State Phase3 { get; private set; } = null!;

    public State Closed { get; private set; } = null!;

    public Event<ReferralApproved> Approved { get; private set; } = null!;

    public Event<CourseReassigned> Reassigned { get; private set; } = null!;

    public Schedule<CourseLifecycleState, CourseTimerDue> Timer { get; private set; } = null!;

    private static async Task StartAsync(BehaviorContext<CourseLifecycleState, ReferralApproved> context)
    {
        var writer = context.GetServiceOrCreateInstance<CourseLifecycleWriter>();
        var approval = context.Message;
        var decision = Course.Approve(
            approval.ReferralId, approval.TenantId, approval.WorkerId, approval.ExpectedMoveOutDate,
            CopenhagenCalendar.DateAt(approval.ApprovedAt), approval.ReferredAt is { } referred ? CopenhagenCalendar.DateAt(referred) : null,
            writer.Today, writer.SettingsFor(approval.TenantId));
        await writer.ApplyAsync(context.Saga, decision, JournalCause.Event, nameof(ReferralApproved), context.CancellationToken);
    }

    private static async Task ReassignAsync(BehaviorContext<CourseLifecycleState, CourseReassigned> context)
    {
        var writer = context.GetServiceOrCreateInstance<CourseLifecycleWriter>();
        var decision = context.Saga.Course.Reassign(context.Message.WorkerId, CopenhagenCalendar.DateAt(context.Message.ReassignedAt));
        await writer.ApplyAsync(context.Saga, decision, JournalCause.Event, nameof(CourseReassigned), context.CancellationToken);
    }

    private static async Task FollowCalendarAsync(BehaviorContext<CourseLifecycleState, CourseTimerDue> context)
    {
        var writer = context.GetServiceOrCreateInstance<CourseLifecycleWriter>();

        // The timer that fired is spent; forgetting it makes the writer always arm the next one.
        context.Saga.TimerTokenId = null;
        context.Saga.NextDueAt = null;
        var course = context.Saga.Course;
        await writer.ApplyAsync(context.Saga, course.Advance(writer.Today, writer.SettingsFor(course.TenantId)), JournalCause.Timer, null, context.CancellationToken);
    }
}
