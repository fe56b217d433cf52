using CtiPlatform.Contracts.Referrals;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>Access follows assignment: the record moves to the new worker, and the previous one no longer sees it.</summary>
internal sealed class CourseReassignedConsumer(CourseRecords records) : IConsumer<CourseReassigned>
{
    public async Task Consume(ConsumeContext<CourseReassigned> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.PreviousWorkerId, context.CancellationToken);
        course.RecordReassignment(message.PreviousWorkerId, message.WorkerId);
    }
}
