using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// What this service knows of a course, learnt from lifecycle events only: its municipality, its assigned worker and
/// when it closed, which is all that decides who may record or read the contact profile for SMS to her; and from safety
/// planning whether contact with her is stopped and whether a raised risk paused messages to her. Its row is the lock an
/// SMS to her is claimed under, so a stop or a listing either commits before the claim or waits until it is sent.
/// </summary>
public sealed class NotificationCourse : ITenantOwned
{
    private NotificationCourse()
    {
    }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The Danish date from which the worker no longer sees the course (docs/decisions/409-worker-access-after-closure.md).</summary>
    public DateOnly? WorkerAccessEndsOn { get; private set; }

    /// <summary>Since when all contact with her is stopped (safety planning); null when it is not.</summary>
    public DateTimeOffset? ContactStoppedAt { get; private set; }

    /// <summary>When the stop was last set or lifted, so an older event arriving late changes nothing.</summary>
    public DateTimeOffset? ContactStopChangedAt { get; private set; }

    /// <summary>Since when a raised risk level pauses SMS to her; ends when her worker records her profile again with her (decision 709).</summary>
    public DateTimeOffset? SmsPausedSince { get; private set; }

    public bool IsClosed => ClosedOn is not null;

    public static NotificationCourse Start(Guid courseId, string tenantId, string workerId) =>
        new() { CourseId = courseId, TenantId = tenantId, WorkerId = workerId };

    public void Reassign(string workerId) => WorkerId = workerId;

    public void Close(DateOnly closedOn, DateOnly workerAccessEndsOn)
    {
        ClosedOn = closedOn;
        WorkerAccessEndsOn = workerAccessEndsOn;
    }

    /// <summary>Safety planning stopped (<paramref name="stopped"/>) or lifted the stop at <paramref name="at"/>; the latest change wins.</summary>
    public bool StopContact(bool stopped, DateTimeOffset at)
    {
        at = at.ToUniversalTime();
        if (ContactStopChangedAt is { } last && last >= at)
        {
            return false;
        }

        ContactStopChangedAt = at;
        ContactStoppedAt = stopped ? at : null;
        return true;
    }

    public void PauseSms(DateTimeOffset since) => SmsPausedSince ??= since.ToUniversalTime();

    public void ResumeSms() => SmsPausedSince = null;

    /// <summary>Why no SMS may go to her now, or null when one may (checked as each is claimed).</summary>
    public string? SmsHeldBecause() =>
        IsClosed ? SmsCancelReason.CourseClosed
        : ContactStoppedAt is not null ? SmsCancelReason.ContactStopped
        : SmsPausedSince is not null ? SmsCancelReason.Paused
        : null;
}
