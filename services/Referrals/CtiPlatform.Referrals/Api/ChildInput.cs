namespace CtiPlatform.Referrals.Api;

public sealed record ChildInput(string? FirstName, int? Age);
