using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// All contact with her stopped, from <see cref="StoppedAt"/> until lifted with a reason. Lifted stops are kept, so
/// the course shows when contact was stopped and why it was allowed again.
/// </summary>
public sealed class ContactStop : ITenantOwned
{
    private ContactStop()
    {
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateTimeOffset StoppedAt { get; private set; }

    public string StoppedBy { get; private set; } = "";

    public DateTimeOffset? LiftedAt { get; private set; }

    public string? LiftedBy { get; private set; }

    /// <summary>Why contact is allowed again, sealed by the personal-data protector: it may tell of her situation.</summary>
    public string? SealedLiftReason { get; private set; }

    public static ContactStop Stop(Guid id, Guid courseId, string tenantId, DateTimeOffset at, string by) =>
        new() { Id = id, CourseId = courseId, TenantId = tenantId, StoppedAt = at, StoppedBy = by };

    /// <summary>Lifts the stop. Returns the refusal, or null when lifted.</summary>
    public Refusal? Lift(DateTimeOffset at, string by, string sealedReason)
    {
        if (LiftedAt is not null)
        {
            return SafetyRefusal.ContactNotStopped;
        }

        LiftedAt = at;
        LiftedBy = by;
        SealedLiftReason = sealedReason;
        return null;
    }
}
