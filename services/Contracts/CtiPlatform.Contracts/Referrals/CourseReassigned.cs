namespace CtiPlatform.Contracts.Referrals;

/// <summary>
/// A team lead handed a running course to another worker (decided in the referrals service, which publishes it). Access follows assignment: every service that shows the
/// course to its worker moves it from <see cref="PreviousWorkerId"/> to <see cref="WorkerId"/> on this event. The
/// reason stays in the referrals service, which records it.
/// </summary>
public sealed record CourseReassigned
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string PreviousWorkerId { get; init; }

    public required string WorkerId { get; init; }

    public required DateTimeOffset ReassignedAt { get; init; }
}
