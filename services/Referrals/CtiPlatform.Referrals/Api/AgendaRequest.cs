namespace CtiPlatform.Referrals.Api;

public sealed record AgendaRequest(DateOnly? MeetingDate);
