using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

/// <summary>A referral on a list or agenda: no personal data, so listing is not an access to her data; the status also in the reader's language.</summary>
public sealed record ReferralSummary(
    Guid Id, ReferralStatus Status, DateTimeOffset SubmittedAt, int CriteriaMet, bool Eligible, bool PossibleDuplicate, DateOnly? AgendaMeetingDate,
    string StatusLabel);
