namespace CtiPlatform.Contracts.Reminders;

/// <summary>
/// The contact period has begun: the change compass's (forandringskompas) starting measurement is due, by her and by
/// the worker, before phase 1.
/// </summary>
public sealed record ChangeCompassStartingMeasurementDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required DateOnly ContactPeriodStartDate { get; init; }
}
