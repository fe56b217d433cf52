namespace CtiPlatform.Contracts.Reminders;

/// <summary>
/// Phase 3 has begun: plan the hand-over meetings with her network, which the method wants held at the latest one month
/// before the end (<see cref="MeetingsDeadline"/>).
/// </summary>
public sealed record HandOverMeetingsDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>The planned (exclusive) end of the course.</summary>
    public required DateOnly CourseEndDate { get; init; }

    /// <summary>The Danish local date by which the hand-over meetings should have been held.</summary>
    public required DateOnly MeetingsDeadline { get; init; }
}
