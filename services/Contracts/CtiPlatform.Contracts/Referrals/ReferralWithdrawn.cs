namespace CtiPlatform.Contracts.Referrals;

public sealed record ReferralWithdrawn
{
    public required Guid ReferralId { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset WithdrawnAt { get; init; }
}
