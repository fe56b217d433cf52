namespace CtiPlatform.Contracts.Reminders;

/// <summary>Hand-over meetings with her network are due: the method wants them at the latest one month before the end.</summary>
public sealed record HandOverMeetingsDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>The planned (exclusive) end of the course.</summary>
    public required DateOnly CourseEndDate { get; init; }
}
