using CtiPlatform.Contracts.Reminders;
using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>A phase's end is near: its compass measurement is due on the record until both have scored it.</summary>
internal sealed class ChangeCompassAssessmentDueConsumer(CourseRecords records, ChangeCompass compass) : IConsumer<ChangeCompassAssessmentDue>
{
    public async Task Consume(ConsumeContext<ChangeCompassAssessmentDue> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        // The phase that ends names the occasion; anything but 1-3 is not ours to guess at and goes to the attention list.
        var occasion = message.Phase is >= 1 and <= 3 ? (CompassOccasion)message.Phase : throw new ArgumentOutOfRangeException(nameof(context), message.Phase, "CTI has phases 1 to 3.");
        await compass.RecordDueAsync(course, occasion, message.BoundaryDate, context.CancellationToken);
    }
}
