using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using MassTransit;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>The next phase begins soon: to the course's worker.</summary>
public sealed class PhaseChangeDueConsumer(ReminderIntake intake) : IConsumer<PhaseChangeDue>
{
    public Task Consume(ConsumeContext<PhaseChangeDue> context)
    {
        var m = context.Message;
        return intake.ReceiveAsync(new Reminder(ReminderKind.PhaseChangeDue, m.CourseId, m.WorkerId, m.ChangeDate, m.NextPhase), context.CancellationToken);
    }
}
