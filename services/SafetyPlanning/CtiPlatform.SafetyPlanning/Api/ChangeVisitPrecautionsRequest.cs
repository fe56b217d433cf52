namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>The precautions for visiting her home, whole: three flags, all required, and a short note (required when danger is known at the address).</summary>
public sealed record ChangeVisitPrecautionsRequest(bool? VisitInPairs, bool? MeetElsewhere, bool? KnownDangerAtAddress, string? Note);
