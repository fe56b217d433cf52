namespace CtiPlatform.Contracts.Reminders;

/// <summary>The course ends soon: the closure checklist and the outcome are due.</summary>
public sealed record CourseClosureDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>The planned (exclusive) end of the course.</summary>
    public required DateOnly CourseEndDate { get; init; }
}
