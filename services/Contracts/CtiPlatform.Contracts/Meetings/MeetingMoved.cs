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
}
