namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A version of the safety plan in the list of versions, without its sections.</summary>
public sealed record SafetyPlanVersionSummary(int Version, DateTimeOffset WrittenAt, string WrittenBy, DateOnly ReviewOn);
