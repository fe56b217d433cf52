namespace CtiPlatform.Contracts.Reminders;

/// <summary>The change compass (forandringskompas) is due at a three-month boundary of the course.</summary>
public sealed record ChangeCompassAssessmentDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    /// <summary>The phase that ends at the boundary (1-3).</summary>
    public required int Phase { get; init; }

    /// <summary>The boundary: the Danish local date the phase ends (exclusive).</summary>
    public required DateOnly BoundaryDate { get; init; }
}
