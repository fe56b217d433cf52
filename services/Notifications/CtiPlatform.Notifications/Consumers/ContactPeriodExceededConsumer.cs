using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using MassTransit;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>The contact period ran over: to the municipality's team leads.</summary>
public sealed class ContactPeriodExceededConsumer(ReminderIntake intake) : IConsumer<ContactPeriodExceeded>
{
    public Task Consume(ConsumeContext<ContactPeriodExceeded> context)
    {
        var m = context.Message;
        return intake.ReceiveAsync(new Reminder(ReminderKind.ContactPeriodExceeded, m.CourseId, m.WorkerId, m.ExceededOn), context.CancellationToken);
    }
}
