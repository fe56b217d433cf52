namespace CtiPlatform.Contracts.Safety;

/// <summary>Her safety plan's review date has come: the worker goes through it with her. For the notifications service to remind on.</summary>
public sealed record SafetyPlanReviewDue
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required DateOnly ReviewOn { get; init; }
}
