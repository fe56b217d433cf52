using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>What an assessment seals: the answer to each item, and why the professional raised the level, if she did.</summary>
internal sealed record RiskDetails(Dictionary<string, RiskAnswer> Answers, string? JudgementReason);
