using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Referrals.Domain;

/// <summary>A team lead moved a running course from one worker to another, and why. Append-only.</summary>
public sealed class Reassignment : ITenantOwned
{
    private Reassignment()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The referral, whose id is also the course's.</summary>
    public Guid ReferralId { get; private set; }

    public string PreviousWorkerId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    /// <summary>Free text; kept here and shown to those who may read the referral, never put in a message.</summary>
    public string Reason { get; private set; } = "";

    public string ReassignedBy { get; private set; } = "";

    public DateTimeOffset ReassignedAt { get; private set; }

    public static Reassignment Of(Referral referral, string previousWorkerId, string reason, string reassignedBy, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = referral.TenantId,
        ReferralId = referral.Id,
        PreviousWorkerId = previousWorkerId,
        WorkerId = referral.WorkerId!,
        Reason = reason,
        ReassignedBy = reassignedBy,
        ReassignedAt = at,
    };
}
