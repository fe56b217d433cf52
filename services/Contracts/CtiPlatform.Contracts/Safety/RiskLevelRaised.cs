namespace CtiPlatform.Contracts.Safety;

/// <summary>
/// A risk assessment put her at a higher level than the one before, so other services can act (e.g. pause messages to
/// her). The answers and the worker's reason stay in the safety planning service.
/// </summary>
public sealed record RiskLevelRaised
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required RiskLevel Level { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }
}
