using CtiPlatform.Contracts.Safety;
using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>One risk assessment (numbered from 1 within the course): the answers, the level they gave, the level that applies (with its Danish label) and why it was raised, if it was.</summary>
public sealed record RiskAssessmentView(
    Guid Id, int Number, DateTimeOffset AssessedAt, string AssessedBy, IReadOnlyDictionary<string, RiskAnswer> Answers, RiskLevel ComputedLevel, RiskLevel Level,
    string LevelText, bool RaisedByJudgement, string? JudgementReason);
