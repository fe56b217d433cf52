namespace CtiPlatform.Referrals.Api;

/// <summary>An extra committee meeting on <see cref="MeetingDate"/>.</summary>
public sealed record ExtraMeetingRequest(DateOnly? MeetingDate);
