using CtiPlatform.Contracts.Safety;
using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>
/// A new risk assessment: the answer to every item of the municipality's checklist, and optionally a higher level by the
/// professional's judgement, which then needs a reason.
/// </summary>
public sealed record RecordRiskAssessmentRequest(Dictionary<string, RiskAnswer>? Answers, RiskLevel? JudgedLevel, string? JudgementReason);
