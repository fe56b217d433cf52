namespace CtiPlatform.Contracts.Courses;

/// <summary>Phase 3 was extended beyond the method's nine months: an explicit, reported deviation.</summary>
public sealed record CourseExtended
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required DateOnly PreviousPlannedEndDate { get; init; }

    public required DateOnly PlannedEndDate { get; init; }
}
