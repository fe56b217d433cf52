namespace CtiPlatform.Contracts.Referrals;

/// <summary>A shelter or caseworker referred a woman to a municipality. Identifiers only, never personal data.</summary>
public sealed record ReferralSubmitted
{
    public required Guid ReferralId { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }
}
