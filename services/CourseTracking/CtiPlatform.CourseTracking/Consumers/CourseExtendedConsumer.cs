using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>A team lead extended phase 3: the course's planned end moves.</summary>
internal sealed class CourseExtendedConsumer(CourseRecords records) : IConsumer<CourseExtended>
{
    public async Task Consume(ConsumeContext<CourseExtended> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        course.RecordExtension(message.PlannedEndDate);
    }
}
