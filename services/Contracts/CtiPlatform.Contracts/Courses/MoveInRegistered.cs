namespace CtiPlatform.Contracts.Courses;

/// <summary>Her move into her own home was registered (possibly after the fact); phase 1 starts on that date.</summary>
public sealed record MoveInRegistered
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required DateOnly MoveInDate { get; init; }

    /// <summary>The assigned worker. Null in messages published before it was carried (docs/decisions/501-course-tracking-service.md).</summary>
    public string? WorkerId { get; init; }
}
