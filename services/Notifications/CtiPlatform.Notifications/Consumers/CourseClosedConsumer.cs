using CtiPlatform.Contracts.Courses;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>Records when the course closed and when its worker's access ends: no profile is recorded for a closed course.</summary>
public sealed class CourseClosedConsumer(NotificationsDbContext db) : IConsumer<CourseClosed>
{
    public async Task Consume(ConsumeContext<CourseClosed> context)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.CourseId == context.Message.CourseId, context.CancellationToken);
        course?.Close(context.Message.ClosedOn, context.Message.WorkerAccessEndsOn);
    }
}
