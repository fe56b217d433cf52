namespace CtiPlatform.Referrals.Api;

/// <summary>A meeting the committee moved (<see cref="MovedFrom"/> is the rhythm date it replaces) or added (null).</summary>
public sealed record CommitteeMeetingView(DateOnly MeetingDate, DateOnly? MovedFrom, string RecordedBy, DateTimeOffset RecordedAt);
