using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// A referral as a shelter or caseworker submits it. Every member is nullable so a missing one is reported by name.
/// <see cref="Children"/> move with her; <see cref="ChildrenWithFather"/> live with their father.
/// </summary>
public sealed record SubmitReferralRequest(
    WomanInput? Woman,
    IReadOnlyList<ChildInput>? Children,
    IReadOnlyList<ChildInput>? ChildrenWithFather,
    IReadOnlyList<CriterionInput>? Criteria,
    DateOnly? ActionPlanDate,
    DateOnly? ExpectedMoveOutDate,
    bool? ConsentToShareHistory,
    ShelterContactInput? ShelterContact,
    SituationInput? Situation);
