using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// What a shelter may see of a referral it submitted: its status (also in the reader's language), and nothing of the
/// decision's content or the course.
/// </summary>
public sealed record ReferralStatusView(Guid Id, ReferralStatus Status, DateTimeOffset SubmittedAt, DateOnly? DecidedOn, string StatusLabel);
