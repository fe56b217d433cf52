namespace CtiPlatform.Referrals.Api;

/// <summary>Hands a running course to another registered worker; the reason is recorded with the hand-over.</summary>
public sealed record ReassignRequest(string? WorkerId, string? Reason);
