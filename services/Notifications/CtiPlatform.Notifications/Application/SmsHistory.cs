using CtiPlatform.Domain;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// The SMS of a course for her worker or a team lead: what was or will be sent when, through which binding, and what was
/// not and why. The rows hold no number and no text, so reading them is not access-logged.
/// </summary>
public sealed class SmsHistory(NotificationsDbContext db, TenantContext caller, TimeProvider time)
{
    /// <summary>The course's SMS, earliest due first; null when the caller may not see the course (404).</summary>
    public async Task<IReadOnlyList<Delivery>?> ListAsync(Guid courseId, CancellationToken ct)
    {
        if (!await db.Courses.VisibleTo(caller, CopenhagenCalendar.DateAt(time.GetUtcNow())).AnyAsync(c => c.CourseId == courseId, ct))
        {
            return null;
        }

        return await db.Deliveries.AsNoTracking()
            .Where(d => d.CourseId == courseId && d.Channel == DeliveryChannel.Sms)
            .OrderBy(d => d.DueAt).ThenBy(d => d.CreatedAt)
            .ToListAsync(ct);
    }
}
