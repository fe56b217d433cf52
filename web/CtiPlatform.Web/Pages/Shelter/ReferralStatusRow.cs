namespace CtiPlatform.Web.Pages.Shelter;

/// <summary>A row of <c>GET /api/referrals/submitted</c>: the status only, with its label in the user's language.</summary>
public sealed record ReferralStatusRow(Guid Id, DateTimeOffset SubmittedAt, DateOnly? DecidedOn, string StatusLabel);
