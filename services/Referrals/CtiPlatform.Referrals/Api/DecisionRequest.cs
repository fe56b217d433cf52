namespace CtiPlatform.Referrals.Api;

/// <summary>
/// The committee's decision on a referral. Approving names the worker; declining, or deciding against the
/// computed eligibility, needs a reason; going beyond the worker's caseload limit needs an override reason.
/// </summary>
public sealed record DecisionRequest(
    DateOnly? MeetingDate,
    IReadOnlyList<string>? Participants,
    string? Reason,
    string? WorkerId,
    string? CaseloadOverrideReason);
