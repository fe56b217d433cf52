using CtiPlatform.Contracts.Safety;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>Messages to her may go again: the reminders of meetings still ahead that the stop cancelled are planned anew.</summary>
public sealed class ContactStopLiftedConsumer(NotificationsDbContext db, SmsPlanner planner) : IConsumer<ContactStopLifted>
{
    public async Task Consume(ConsumeContext<ContactStopLifted> context)
    {
        var m = context.Message;
        var course = await db.Courses.FromSql($"select * from notification_courses where course_id = {m.CourseId} for update").SingleOrDefaultAsync(context.CancellationToken);
        if (course is not null && course.StopContact(false, m.LiftedAt))
        {
            var profile = await db.ContactProfiles.SingleOrDefaultAsync(p => p.CourseId == m.CourseId, context.CancellationToken);
            await planner.PlanCourseAsync(course, profile, null, context.CancellationToken);
        }
    }
}
