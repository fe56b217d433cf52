namespace CtiPlatform.Referrals.Domain;

/// <summary>What the visitation committee decided at which meeting, who took part, and why.</summary>
public sealed record CommitteeDecision(DateOnly MeetingDate, IReadOnlyList<string> Participants, string? Reason, DateTimeOffset RecordedAt);
