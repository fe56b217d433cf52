using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>One version of her safety plan: who wrote it when, when it is to be reviewed, and its sections.</summary>
public sealed record SafetyPlanView(int Version, DateTimeOffset WrittenAt, string WrittenBy, DateOnly ReviewOn, SafetyPlanSections Sections);
