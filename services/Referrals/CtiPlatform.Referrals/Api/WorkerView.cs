namespace CtiPlatform.Referrals.Api;

/// <summary>A worker in the municipality's registry; only an active one can be assigned a course.</summary>
public sealed record WorkerView(string WorkerId, bool Active, DateTimeOffset RegisteredAt, DateTimeOffset? DeactivatedAt);
