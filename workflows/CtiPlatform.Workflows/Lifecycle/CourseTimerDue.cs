namespace CtiPlatform.Workflows.Lifecycle;

/// <summary>A course's timer: its calendar has something due on <see cref="DueDate"/>. Sent to the lifecycle's own queue only.</summary>
public sealed record CourseTimerDue
{
    public required Guid CourseId { get; init; }

    public required DateOnly DueDate { get; init; }
}
