namespace CtiPlatform.SafetyPlanning.Consumers;

/// <summary>One of the service's own timers fell due; sent to its own queue only (<see cref="SafetyTimerDueConsumerDefinition"/>).</summary>
public sealed record SafetyTimerDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required SafetyTimerKind Kind { get; init; }

    /// <summary>The date the timer is about (the expiry or review date); a timer whose date no longer holds is stale and does nothing.</summary>
    public required DateOnly SubjectDate { get; init; }
}
