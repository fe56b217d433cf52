namespace CtiPlatform.Referrals.Api;

/// <summary>The shelter's contact person for this referral.</summary>
public sealed record ShelterContactInput(string? Name, string? Phone);
