using CtiPlatform.Contracts.Safety;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.Protection;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>
/// A person was put on her never-contact list, or changed there: his phone fingerprints replace earlier ones (latest by
/// <c>ChangedAt</c>), and when her profile's number matches, her SMS not yet sent are cancelled. Under her course row's
/// lock, as each SMS is claimed, so none goes out after this commits (decision 710).
/// </summary>
public sealed class NeverContactPersonListedConsumer(NotificationsDbContext db, NeverContactNumbers numbers, SmsPlanner planner, PersonalDataProtector protector)
    : IConsumer<NeverContactPersonListed>
{
    public async Task Consume(ConsumeContext<NeverContactPersonListed> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        await db.Courses.FromSql($"select * from notification_courses where course_id = {m.CourseId} for update").ToListAsync(ct);
        var person = await db.NeverContactPeople.SingleOrDefaultAsync(p => p.PersonId == m.PersonId, ct);
        if (person is null)
        {
            person = NeverContactPerson.Unknown(m.PersonId, m.CourseId, m.TenantId);
            db.NeverContactPeople.Add(person);
        }

        if (!person.List(NeverContactNumbers.Phones(m.Fingerprints), m.ChangedAt))
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        if (await db.ContactProfiles.SingleOrDefaultAsync(p => p.CourseId == m.CourseId, ct) is { } profile
            && await numbers.ListedAsync(m.TenantId, m.CourseId, protector.Unprotect(profile.ProtectedNumber, NotificationCells.PhoneNumber(profile.TenantId, profile.CourseId)), ct))
        {
            await planner.CancelOpenAsync(m.CourseId, null, SmsCancelReason.NeverContact, ct);
        }
    }
}
