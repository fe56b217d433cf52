using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using MassTransit;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>Phase 3 has begun, plan the hand-over meetings by the deadline: to the course's worker.</summary>
public sealed class HandOverMeetingsDueConsumer(ReminderIntake intake) : IConsumer<HandOverMeetingsDue>
{
    public Task Consume(ConsumeContext<HandOverMeetingsDue> context)
    {
        var m = context.Message;
        return intake.ReceiveAsync(new Reminder(ReminderKind.HandOverMeetingsDue, m.CourseId, m.WorkerId, m.MeetingsDeadline), context.CancellationToken);
    }
}
