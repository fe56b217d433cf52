using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>Her move-in date; phase 1 follows with its own event.</summary>
internal sealed class MoveInRegisteredConsumer(CourseRecords records) : IConsumer<MoveInRegistered>
{
    public async Task Consume(ConsumeContext<MoveInRegistered> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        course.RecordMoveIn(message.MoveInDate);
    }
}
