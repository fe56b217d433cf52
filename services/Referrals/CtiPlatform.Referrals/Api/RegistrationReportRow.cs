using CtiPlatform.Contracts.Courses;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// One line of the registration report (seed 001): who referred, when, the decision, its date and reason,
/// move-in, course end, why it ended (outcome) and what it ended to. No personal data of the woman.
/// </summary>
public sealed record RegistrationReportRow(
    Guid ReferralId,
    string ReferredBy,
    DateTimeOffset SubmittedAt,
    ReferralStatus Status,
    DateOnly? DecidedOn,
    string? DecisionReason,
    bool DecidedAgainstEligibility,
    bool CaseloadOverridden,
    DateOnly? MoveInDate,
    DateOnly? CourseEndedOn,
    CourseClosureReason? CourseOutcome,
    CourseEndsTo? CourseEndsTo);
