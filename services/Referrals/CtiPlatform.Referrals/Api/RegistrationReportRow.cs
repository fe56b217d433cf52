using CtiPlatform.Contracts.Courses;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// One line of the registration report (seed 001): who referred, when, the decision, its date and reason,
/// move-in, course end, why it ended (outcome) and what it ended to. No personal data of the woman. Codes have their
/// label in the reader's language in the column after them (decision 030).
/// </summary>
public sealed record RegistrationReportRow(
    Guid ReferralId,
    string ReferredBy,
    DateTimeOffset SubmittedAt,
    ReferralStatus Status,
    string StatusLabel,
    DateOnly? DecidedOn,
    string? DecisionReason,
    bool DecidedAgainstEligibility,
    bool CaseloadOverridden,
    DateOnly? MoveInDate,
    DateOnly? CourseEndedOn,
    CourseClosureReason? CourseOutcome,
    string? CourseOutcomeLabel,
    CourseEndsTo? CourseEndsTo,
    string? CourseEndsToLabel);
