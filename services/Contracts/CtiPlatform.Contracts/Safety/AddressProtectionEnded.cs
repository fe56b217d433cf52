namespace CtiPlatform.Contracts.Safety;

/// <summary>Her address is no longer protected; the safety planning service no longer holds it.</summary>
public sealed record AddressProtectionEnded
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset EndedAt { get; init; }
}
