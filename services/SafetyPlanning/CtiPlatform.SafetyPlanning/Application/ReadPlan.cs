using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>One version of the safety plan with its sections unsealed for the reader.</summary>
internal sealed record ReadPlan(SafetyPlanVersion Version, SafetyPlanSections Sections);
