using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// A meeting with her as course tracking announced it: ids and when it begins, nothing else (decision 502). Kept so that
/// her reminders can be planned again when her profile, a stop or a pause changes.
/// </summary>
public sealed class SmsMeeting : ITenantOwned
{
    private SmsMeeting()
    {
    }

    public Guid MeetingId { get; private set; }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public bool Cancelled { get; private set; }

    public static SmsMeeting Plan(Guid meetingId, Guid courseId, string tenantId, DateTimeOffset startsAt) =>
        new() { MeetingId = meetingId, CourseId = courseId, TenantId = tenantId, StartsAt = startsAt.ToUniversalTime() };

    public void Move(DateTimeOffset startsAt) => StartsAt = startsAt.ToUniversalTime();

    public void Cancel() => Cancelled = true;
}
