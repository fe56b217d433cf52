namespace CtiPlatform.Contracts.Courses;

/// <summary>CTI phase 1, 2 or 3 began, with its planned end (Danish local dates; the end date is exclusive).</summary>
public sealed record PhaseStarted
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required int Phase { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly PlannedEndDate { get; init; }
}
