namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>A closed course's follow-up a year on fell due; the service's own timer, sent to its own queue only (decision 511).</summary>
public sealed record OutcomeFollowUpDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }
}
