namespace CtiPlatform.Contracts.Reminders;

/// <summary>The contact period has lasted longer than the municipality allows without a registered move-in; for the team lead.</summary>
public sealed record ContactPeriodExceeded
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required DateOnly ContactPeriodStartDate { get; init; }

    /// <summary>The day the allowed length ran out.</summary>
    public required DateOnly ExceededOn { get; init; }
}
