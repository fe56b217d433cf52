namespace CtiPlatform.Contracts.Referrals;

/// <summary>
/// The visitation committee approved a referral and assigned a CTI worker. The course that follows is
/// identified by the referral's id.
/// </summary>
public sealed record ReferralApproved
{
    public required Guid ReferralId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>When she is expected to move out of the shelter (Danish local date).</summary>
    public required DateOnly ExpectedMoveOutDate { get; init; }

    public required DateTimeOffset ApprovedAt { get; init; }

    /// <summary>When the referral was submitted; she may have moved in from then on. Null in approvals sent before it was carried.</summary>
    public DateTimeOffset? ReferredAt { get; init; }
}
