using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Referrals.Persistence;

/// <summary>
/// An <c>Idempotency-Key</c> a submitter sent with a referral: a retry with the same key and the same content
/// gets the referral made the first time instead of a second one (docs/decisions/013-idempotent-submission.md).
/// </summary>
public sealed class SubmissionKey : ITenantOwned
{
    public required string TenantId { get; init; }

    /// <summary>The submitting user: keys are the client's own, so they are unique per submitter only.</summary>
    public required string SubmittedBy { get; init; }

    public required string Key { get; init; }

    /// <summary>A keyed hash of the submitted content, to tell a retry from a different referral under a reused key.</summary>
    public required string Fingerprint { get; init; }

    public required Guid ReferralId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
