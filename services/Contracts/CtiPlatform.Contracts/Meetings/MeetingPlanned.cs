namespace CtiPlatform.Contracts.Meetings;

/// <summary>
/// A worker planned a meeting with her in a course; the notifications service reminds her the day before. Ids and
/// time only: never the kind, place, address or notes of the meeting (decision 502).
/// </summary>
public sealed record MeetingPlanned
{
    public required Guid MeetingId { get; init; }

    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>When it begins, with the Danish offset of that instant.</summary>
    public required DateTimeOffset StartsAt { get; init; }
}
