namespace CtiPlatform.Referrals.Api;

/// <summary>Moves the committee's meeting on <see cref="From"/> to <see cref="MeetingDate"/>.</summary>
public sealed record MoveMeetingRequest(DateOnly? From, DateOnly? MeetingDate);
