using CtiPlatform.Contracts.Courses;
using CtiPlatform.SafetyPlanning.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Consumers;

/// <summary>Records when the course closed and when its worker's access ends; timers that fall due after closure remind no one.</summary>
public sealed class CourseClosedConsumer(SafetyPlanningDbContext db) : IConsumer<CourseClosed>
{
    public async Task Consume(ConsumeContext<CourseClosed> context)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.CourseId == context.Message.CourseId, context.CancellationToken);
        course?.Close(context.Message.ClosedOn, context.Message.WorkerAccessEndsOn);
    }
}
