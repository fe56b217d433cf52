namespace CtiPlatform.Web.Pages.Committee;

/// <summary>A referral on an agenda (<c>ReferralSummary</c>): no personal data, the warnings the committee must see.</summary>
public sealed record AgendaRow(Guid Id, DateTimeOffset SubmittedAt, int CriteriaMet, bool Eligible, bool PossibleDuplicate, string StatusLabel);
