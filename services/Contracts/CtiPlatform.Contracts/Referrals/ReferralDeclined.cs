namespace CtiPlatform.Contracts.Referrals;

public sealed record ReferralDeclined
{
    public required Guid ReferralId { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset DeclinedAt { get; init; }
}
