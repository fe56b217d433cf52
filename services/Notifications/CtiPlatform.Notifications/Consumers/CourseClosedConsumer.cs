using CtiPlatform.Contracts.Courses;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>
/// Records when the course closed and when its worker's access ends: no profile is recorded for a closed course, and her
/// SMS not yet sent are cancelled.
/// </summary>
public sealed class CourseClosedConsumer(NotificationsDbContext db, SmsPlanner planner) : IConsumer<CourseClosed>
{
    public async Task Consume(ConsumeContext<CourseClosed> context)
    {
        // Locked as an SMS claim locks it, so no SMS is claimed on a course this closes.
        var course = await db.Courses.FromSql($"select * from notification_courses where course_id = {context.Message.CourseId} for update")
            .SingleOrDefaultAsync(context.CancellationToken);
        course?.Close(context.Message.ClosedOn, context.Message.WorkerAccessEndsOn);
        await planner.CancelOpenAsync(context.Message.CourseId, null, SmsCancelReason.CourseClosed, context.CancellationToken);
    }
}
