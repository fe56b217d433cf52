using CtiPlatform.Contracts.Reminders;
using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>The contact period began: the compass's starting measurement is due on the record until both have scored it.</summary>
internal sealed class ChangeCompassStartingMeasurementDueConsumer(CourseRecords records, ChangeCompass compass) : IConsumer<ChangeCompassStartingMeasurementDue>
{
    public async Task Consume(ConsumeContext<ChangeCompassStartingMeasurementDue> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        await compass.RecordDueAsync(course, CompassOccasion.Start, message.ContactPeriodStartDate, context.CancellationToken);
    }
}
