using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// The whole referral, personal data in clear, for the committee, team leads and the assigned worker. Every read is
/// access-logged. Codes carry their label in the reader's language next to them (decision 030).
/// </summary>
public sealed record ReferralView(
    Guid Id,
    ReferralStatus Status,
    string StatusLabel,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    string? ShelterOrganisationId,
    WomanView Woman,
    IReadOnlyList<Child> Children,
    IReadOnlyList<Child> ChildrenWithFather,
    IReadOnlyList<CriterionView> Criteria,
    int CriteriaMet,
    bool Eligible,
    DateOnly ActionPlanDate,
    DateOnly ExpectedMoveOutDate,
    bool ConsentToShareHistory,
    ShelterContactInput ShelterContact,
    Situation? Situation,
    DateOnly? AgendaMeetingDate,
    CommitteeDecision? Decision,
    bool DecidedAgainstEligibility,
    string? WorkerId,
    string? CaseloadOverrideReason,
    IReadOnlyList<Guid> PossibleDuplicates)
{
    /// <summary>The attached § 141 action plan, without its content; null when none is attached.</summary>
    public ActionPlanAttachment? ActionPlan { get; init; }
}
