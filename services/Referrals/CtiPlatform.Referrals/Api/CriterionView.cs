using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

/// <summary>One assessed target-group criterion, named in the reader's language next to its code.</summary>
public sealed record CriterionView(TargetGroupCriterion Criterion, string CriterionLabel, bool Met, string Justification);
