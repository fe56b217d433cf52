namespace CtiPlatform.Referrals.Api;

/// <summary>The woman referred. The CPR number is optional: anonymous shelter stays exist.</summary>
public sealed record WomanInput(string? Name, DateOnly? DateOfBirth, string? Cpr, string? Phone, string? PreferredLanguage, bool? InterpreterNeeded);
