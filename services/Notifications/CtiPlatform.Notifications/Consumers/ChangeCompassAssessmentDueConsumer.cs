using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using MassTransit;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>The change compass is due at a phase boundary: to the course's worker.</summary>
public sealed class ChangeCompassAssessmentDueConsumer(ReminderIntake intake) : IConsumer<ChangeCompassAssessmentDue>
{
    public Task Consume(ConsumeContext<ChangeCompassAssessmentDue> context)
    {
        var m = context.Message;
        return intake.ReceiveAsync(new Reminder(ReminderKind.ChangeCompassAssessmentDue, m.CourseId, m.WorkerId, m.BoundaryDate, m.Phase), context.CancellationToken);
    }
}
