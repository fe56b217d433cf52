using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using MassTransit;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>The change compass's starting measurement is due: to the course's worker.</summary>
public sealed class ChangeCompassStartingMeasurementDueConsumer(ReminderIntake intake) : IConsumer<ChangeCompassStartingMeasurementDue>
{
    public Task Consume(ConsumeContext<ChangeCompassStartingMeasurementDue> context)
    {
        var m = context.Message;
        return intake.ReceiveAsync(new Reminder(ReminderKind.ChangeCompassStartingMeasurementDue, m.CourseId, m.WorkerId, m.ContactPeriodStartDate), context.CancellationToken);
    }
}
