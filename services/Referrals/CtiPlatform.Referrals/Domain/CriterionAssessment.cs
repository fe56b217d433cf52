namespace CtiPlatform.Referrals.Domain;

/// <summary>Whether one target-group criterion holds, with the referrer's short justification.</summary>
public sealed record CriterionAssessment(TargetGroupCriterion Criterion, bool Met, string Justification);
