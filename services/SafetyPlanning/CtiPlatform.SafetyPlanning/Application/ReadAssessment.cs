using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>One risk assessment with its details unsealed for the reader.</summary>
internal sealed record ReadAssessment(RiskAssessment Assessment, RiskDetails Details);
