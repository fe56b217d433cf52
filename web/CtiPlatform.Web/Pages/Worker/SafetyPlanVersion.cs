namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A version of the safety plan in the list of versions.</summary>
public sealed record SafetyPlanVersion(int Version, DateTimeOffset WrittenAt, string WrittenBy, DateOnly ReviewOn);
