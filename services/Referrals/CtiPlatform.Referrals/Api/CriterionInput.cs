using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

public sealed record CriterionInput(TargetGroupCriterion? Criterion, bool? Met, string? Justification);
