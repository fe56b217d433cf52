using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using MassTransit;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>The course ends soon: to the course's worker.</summary>
public sealed class CourseClosureDueConsumer(ReminderIntake intake) : IConsumer<CourseClosureDue>
{
    public Task Consume(ConsumeContext<CourseClosureDue> context)
    {
        var m = context.Message;
        return intake.ReceiveAsync(new Reminder(ReminderKind.CourseClosureDue, m.CourseId, m.WorkerId, m.CourseEndDate), context.CancellationToken);
    }
}
