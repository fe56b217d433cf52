using CtiPlatform.Contracts.Safety;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>
/// All contact with her was stopped: recorded on her course's row, which each SMS is claimed under, so none is handed to
/// the sidecar after this commits (decision 703). Pending ones stay until their time, when they are cancelled unless the
/// stop was lifted by then.
/// </summary>
public sealed class ContactStoppedConsumer(NotificationsDbContext db) : IConsumer<ContactStopped>
{
    public async Task Consume(ConsumeContext<ContactStopped> context)
    {
        var m = context.Message;
        var course = await db.Courses.FromSql($"select * from notification_courses where course_id = {m.CourseId} for update").SingleOrDefaultAsync(context.CancellationToken);
        course?.StopContact(true, m.StoppedAt);
    }
}
