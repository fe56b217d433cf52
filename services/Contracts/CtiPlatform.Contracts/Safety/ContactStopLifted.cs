namespace CtiPlatform.Contracts.Safety;

/// <summary>Messages to her may be sent again; the reason for lifting the stop stays in the safety planning service.</summary>
public sealed record ContactStopLifted
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required DateTimeOffset LiftedAt { get; init; }
}
