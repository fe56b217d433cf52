using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>A CTI phase began: its start and planned end are kept on the record.</summary>
internal sealed class PhaseStartedConsumer(CourseRecords records) : IConsumer<PhaseStarted>
{
    public async Task Consume(ConsumeContext<PhaseStarted> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        course.RecordPhase(message.Phase, message.StartDate, message.PlannedEndDate);
    }
}
