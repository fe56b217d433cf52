namespace CtiPlatform.Contracts.Meetings;

/// <summary>
/// A planned meeting was cancelled, by the worker or because the course closed: its reminder must not be sent. Ids
/// and time only.
/// </summary>
public sealed record MeetingCancelled
{
    public required Guid MeetingId { get; init; }

    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>When it would have begun.</summary>
    public required DateTimeOffset StartsAt { get; init; }
}
