namespace CtiPlatform.Contracts.Meetings;

/// <summary>A planned meeting moved to another time: a reminder for the old time must not be sent. Ids and times only.</summary>
public sealed record MeetingMoved
{
    public required Guid MeetingId { get; init; }

    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required DateTimeOffset PreviousStartsAt { get; init; }

    /// <summary>When it now begins, with the Danish offset of that instant.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>
    /// How many times the meeting has been moved, this move included (1 for its first move), so that a consumer can tell
    /// the latest move among moves that arrive out of order; 0 in moves published before it was carried (decision 714).
    /// </summary>
    public int Moves { get; init; }
}
