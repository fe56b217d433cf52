namespace CtiPlatform.Referrals.Api;

/// <summary>Registers a CTI worker by her subject at the identity provider (the <c>sub</c> of her token).</summary>
public sealed record RegisterWorkerRequest(string? WorkerId);
