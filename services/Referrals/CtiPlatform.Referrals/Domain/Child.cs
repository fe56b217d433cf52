namespace CtiPlatform.Referrals.Domain;

/// <summary>A child moving with her: first name and age only, as the referral form asks.</summary>
public sealed record Child(string FirstName, int Age);
