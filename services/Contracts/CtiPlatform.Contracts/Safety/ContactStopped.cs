namespace CtiPlatform.Contracts.Safety;

/// <summary>
/// A worker or team lead stopped all contact with her: every pending and future message to her must stop before the
/// next send, until <see cref="ContactStopLifted"/>. The reason stays in the safety planning service.
/// </summary>
public sealed record ContactStopped
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset StoppedAt { get; init; }
}
