namespace CtiPlatform.Referrals.Api;

/// <summary>
/// The committee's decision on a referral. Approving names the worker; declining, or deciding against the
/// computed eligibility, needs a reason; going beyond the worker's caseload limit needs an override reason.
/// <see cref="Participants"/> are the subjects of the committee members who took part (docs/decisions/027-who-decides.md).
/// </summary>
public sealed record DecisionRequest(
    DateOnly? MeetingDate,
    IReadOnlyList<string>? Participants,
    string? Reason,
    string? WorkerId,
    string? CaseloadOverrideReason);
