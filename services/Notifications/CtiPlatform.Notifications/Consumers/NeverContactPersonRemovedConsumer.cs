using CtiPlatform.Contracts.Safety;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>
/// A person was taken off her never-contact list (unless a later listing is already kept): her number may be recorded
/// again, and meetings still ahead without an SMS are planned anew.
/// </summary>
public sealed class NeverContactPersonRemovedConsumer(NotificationsDbContext db, SmsPlanner planner) : IConsumer<NeverContactPersonRemoved>
{
    public async Task Consume(ConsumeContext<NeverContactPersonRemoved> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        var course = await db.Courses.FromSql($"select * from notification_courses where course_id = {m.CourseId} for update").SingleOrDefaultAsync(ct);
        var person = await db.NeverContactPeople.SingleOrDefaultAsync(p => p.PersonId == m.PersonId, ct);
        if (person is null)
        {
            // Removed before the listing arrived: kept, so the older listing arriving late changes nothing.
            person = NeverContactPerson.Unknown(m.PersonId, m.CourseId, m.TenantId);
            db.NeverContactPeople.Add(person);
        }

        if (!person.Remove(m.ChangedAt))
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        if (course is not null)
        {
            var profile = await db.ContactProfiles.SingleOrDefaultAsync(p => p.CourseId == m.CourseId, ct);
            await planner.PlanCourseAsync(course, profile, null, ct);
        }
    }
}
