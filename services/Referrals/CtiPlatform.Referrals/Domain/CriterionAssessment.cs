namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// Whether one target-group criterion holds, with the referrer's short justification: free text about her situation,
/// so it arrives encrypted (empty when none was given).
/// </summary>
public sealed record CriterionAssessment(TargetGroupCriterion Criterion, bool Met, string ProtectedJustification);
