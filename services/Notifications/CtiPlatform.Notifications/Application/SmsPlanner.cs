using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Notifications.Deliveries;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.Protection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// Plans the SMS the day before each meeting with her (docs/decisions/708-sms-the-day-before-a-meeting.md): at most one
/// per meeting that may ever leave; an open one that no longer fits is cancelled with its reason and its timer removed,
/// and one new is scheduled on the durable scheduler. Runs in the caller's unit of work. Whether contact is stopped or
/// paused is not decided here but as each SMS is claimed (<see cref="SmsSender"/>), so a stop lifted in time lets it go.
/// </summary>
public sealed class SmsPlanner(
    NotificationsDbContext db, IOutbox outbox, PersonalDataProtector protector, NeverContactNumbers neverContact, IOptions<NotificationsOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// Plans the reminder of <paramref name="meeting"/>. An open one is kept when <paramref name="replaceBecause"/> is null,
    /// otherwise cancelled for that reason and planned anew.
    /// </summary>
    public async Task PlanAsync(SmsMeeting meeting, string? replaceBecause, CancellationToken ct)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.CourseId == meeting.CourseId, ct);
        var profile = await db.ContactProfiles.SingleOrDefaultAsync(p => p.CourseId == meeting.CourseId, ct);
        await PlanAsync(meeting, course, profile, replaceBecause, ct);
    }

    /// <summary>Plans the reminders of every meeting of the course still ahead, e.g. after her profile changed or a stop was lifted.</summary>
    public async Task PlanCourseAsync(NotificationCourse course, ContactProfile? profile, string? replaceBecause, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var meeting in await db.SmsMeetings.Where(m => m.CourseId == course.CourseId && !m.Cancelled && m.StartsAt > now).ToListAsync(ct))
        {
            await PlanAsync(meeting, course, profile, replaceBecause, ct);
        }
    }

    /// <summary>Cancels the course's SMS not yet sent (of one meeting, or all), for <paramref name="reason"/>.</summary>
    public async Task CancelOpenAsync(Guid courseId, Guid? meetingId, string reason, CancellationToken ct)
    {
        var open = db.Deliveries.Where(d => d.CourseId == courseId && d.Channel == DeliveryChannel.Sms
                                            && (d.State == DeliveryState.Scheduled || d.State == DeliveryState.Due));
        if (meetingId is { } id)
        {
            open = open.Where(d => d.MeetingId == id);
        }

        foreach (var delivery in await open.ToListAsync(ct))
        {
            delivery.Cancel(reason);
            await outbox.CancelScheduledAsync(delivery.Id, ct);
        }
    }

    private async Task PlanAsync(SmsMeeting meeting, NotificationCourse? course, ContactProfile? profile, string? replaceBecause, CancellationToken ct)
    {
        var earlier = await db.Deliveries.Where(d => d.MeetingId == meeting.MeetingId && d.Channel == DeliveryChannel.Sms).ToListAsync(ct);
        if (earlier.Any(d => d.MayHaveLeft))
        {
            // One meeting, one SMS at most: a second would be a second chance for whoever reads her phone.
            return;
        }

        var open = earlier.Where(d => d.IsOpen).ToList();
        if (open.Count > 0 && replaceBecause is null)
        {
            return;
        }

        foreach (var delivery in open)
        {
            delivery.Cancel(replaceBecause);
            await outbox.CancelScheduledAsync(delivery.Id, ct);
        }

        var now = time.GetUtcNow();
        if (meeting.Cancelled || meeting.StartsAt <= now || course is not { IsClosed: false } || profile is null)
        {
            return;
        }

        var id = NewId.NextGuid();
        var binding = options.Value.For(meeting.TenantId).SmsBinding;
        var number = protector.Unprotect(profile.ProtectedNumber, NotificationCells.PhoneNumber(profile.TenantId, profile.CourseId));
        var due = SmsTiming.DueAt(meeting.StartsAt, profile.SafeFrom, profile.SafeUntil, now);
        var notSent = due is null ? SmsCancelReason.NoSafeTime
            : await neverContact.ListedAsync(meeting.TenantId, meeting.CourseId, number, ct) ? SmsCancelReason.NeverContact
            : null;
        if (notSent is not null)
        {
            // Her worker sees once why this meeting gets no SMS.
            if (!earlier.Any(d => d.CancelledBecause == notSent))
            {
                db.Deliveries.Add(Delivery.SmsNotSent(id, meeting.TenantId, meeting.CourseId, meeting.MeetingId, binding, now, notSent, now));
            }

            return;
        }

        var message = protector.Protect(new SmsMessage(number, SmsWording.Body(profile, meeting.StartsAt)).ToJson(), NotificationCells.Message(meeting.TenantId, id));
        db.Deliveries.Add(Delivery.ScheduleSms(id, meeting.TenantId, meeting.CourseId, meeting.MeetingId, binding, due!.Value, message, now));
        outbox.Schedule(DeliveryDueConsumerDefinition.Address, due!.Value, new DeliveryDue { DeliveryId = id, TenantId = meeting.TenantId }, id);
    }
}
