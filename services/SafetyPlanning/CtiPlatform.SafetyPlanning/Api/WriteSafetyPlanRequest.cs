using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A new version of her safety plan, whole, and when it is to be reviewed.</summary>
public sealed record WriteSafetyPlanRequest(SafetyPlanSections? Sections, DateOnly? ReviewOn);
