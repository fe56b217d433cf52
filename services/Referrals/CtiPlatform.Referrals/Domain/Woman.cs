namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// The referred woman. Name, CPR number and phone arrive already encrypted (<c>Protected…</c>) and the lookup hashes
/// already keyed: the domain never holds them in clear, so nothing here can leak them.
/// </summary>
public sealed record Woman(
    string ProtectedName,
    DateOnly DateOfBirth,
    string? ProtectedCpr,
    string? CprLookupHash,
    string NameLookupHash,
    string ProtectedPhone,
    string PreferredLanguage,
    bool InterpreterNeeded);
