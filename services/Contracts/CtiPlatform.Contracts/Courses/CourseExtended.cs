namespace CtiPlatform.Contracts.Courses;

/// <summary>A team lead extended phase 3 beyond the method's nine months: an explicit, reported deviation.</summary>
public sealed record CourseExtended
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required DateOnly PreviousPlannedEndDate { get; init; }

    public required DateOnly PlannedEndDate { get; init; }

    /// <summary>The reason category; its free-text note stays in the workflows service.</summary>
    public required ExtensionReason Reason { get; init; }

    /// <summary>The assigned worker. Null in messages published before it was carried (docs/decisions/501-course-tracking-service.md).</summary>
    public string? WorkerId { get; init; }
}
