using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>The course ended: the record closes, and the worker's access ends on the date the lifecycle fixed.</summary>
internal sealed class CourseClosedConsumer(CourseRecords records) : IConsumer<CourseClosed>
{
    public async Task Consume(ConsumeContext<CourseClosed> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        course.RecordClosure(message.ClosedOn, message.Reason, message.WorkerAccessEndsOn, message.MoveInDate);
    }
}
