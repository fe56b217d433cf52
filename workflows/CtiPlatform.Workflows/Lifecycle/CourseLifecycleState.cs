using CtiPlatform.Persistence.Tenancy;
using CtiPlatform.Workflows.Domain;
using MassTransit;

namespace CtiPlatform.Workflows.Lifecycle;

/// <summary>
/// The saga instance of one course: the domain <see cref="Domain.Course"/> (stored as one JSON column) plus the
/// columns the lists filter on and the timer's bookkeeping.
/// </summary>
public sealed class CourseLifecycleState : SagaStateMachineInstance, ISagaVersion, ITenantOwned
{
    public Guid CorrelationId { get; set; }

    /// <summary>The state machine's state; always the name of <see cref="Domain.Course.Stage"/>.</summary>
    public string CurrentState { get; set; } = "";

    /// <summary>The optimistic concurrency token: a lost race fails the save and is retried against the fresh row.</summary>
    public int Version { get; set; }

    public string TenantId { get; set; } = "";

    public string WorkerId { get; set; } = "";

    public DateOnly? NextTransitionDate { get; set; }

    /// <summary>From this Danish date the assigned worker no longer sees the closed course; null while it runs.</summary>
    public DateOnly? WorkerAccessEndsOn { get; set; }

    /// <summary>When the course's one timer fires (the start of its next due date in Denmark), if armed.</summary>
    public DateTimeOffset? NextDueAt { get; set; }

    /// <summary>The armed timer's scheduling token; a delivered timer with another token is stale and ignored.</summary>
    public Guid? TimerTokenId { get; set; }

    public Course Course { get; set; } = null!;

    public DateTimeOffset UpdatedAt { get; set; }
}
