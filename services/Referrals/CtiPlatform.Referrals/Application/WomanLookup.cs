namespace CtiPlatform.Referrals.Application;

/// <summary>Her lookup hashes under every key of the ring: a referral matches when it carries any of them.</summary>
internal sealed record WomanLookup(IReadOnlyList<string> CprHashes, IReadOnlyList<string> NameHashes);
