using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>The contact period began: the record enters it.</summary>
internal sealed class ContactPeriodStartedConsumer(CourseRecords records) : IConsumer<ContactPeriodStarted>
{
    public async Task Consume(ConsumeContext<ContactPeriodStarted> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        course.RecordContactPeriod(message.StartDate);
    }
}
