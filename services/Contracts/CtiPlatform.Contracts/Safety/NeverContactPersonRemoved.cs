namespace CtiPlatform.Contracts.Safety;

/// <summary>A person was taken off her never-contact list (the reason stays in the safety planning service).</summary>
public sealed record NeverContactPersonRemoved
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required Guid PersonId { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
