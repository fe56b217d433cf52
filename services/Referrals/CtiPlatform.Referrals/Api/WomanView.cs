namespace CtiPlatform.Referrals.Api;

public sealed record WomanView(string Name, DateOnly DateOfBirth, string? Cpr, string Phone, string PreferredLanguage, bool InterpreterNeeded);
