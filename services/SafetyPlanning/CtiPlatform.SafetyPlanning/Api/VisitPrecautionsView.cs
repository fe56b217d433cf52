namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>The precautions for visiting her home; all flags false and no change recorded when none have been set.</summary>
public sealed record VisitPrecautionsView(
    Guid CourseId, bool VisitInPairs, bool MeetElsewhere, bool KnownDangerAtAddress, string? Note, string? ChangedBy, DateTimeOffset? ChangedAt);
