using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// What this service knows of a course, learnt from lifecycle events only: its municipality, its assigned worker and
/// when it closed, which is all that decides who may record or read the contact profile for SMS to her.
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

    public static NotificationCourse Start(Guid courseId, string tenantId, string workerId) =>
        new() { CourseId = courseId, TenantId = tenantId, WorkerId = workerId };

    public void Reassign(string workerId) => WorkerId = workerId;

    public void Close(DateOnly closedOn, DateOnly workerAccessEndsOn)
    {
        ClosedOn = closedOn;
        WorkerAccessEndsOn = workerAccessEndsOn;
    }
}
