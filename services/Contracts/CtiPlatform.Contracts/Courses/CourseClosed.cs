namespace CtiPlatform.Contracts.Courses;

/// <summary>A course ended: at the end of phase 3 (<see cref="Completed"/>) or early, with a reason.</summary>
public sealed record CourseClosed
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required string WorkerId { get; init; }

    public required DateOnly ClosedOn { get; init; }

    public required CourseClosureReason Reason { get; init; }

    public required bool Completed { get; init; }

    /// <summary>
    /// The Danish date from which the worker no longer sees the course or its referral: the closure date plus the
    /// municipality's period of access after closure. From then only the team lead does.
    /// </summary>
    public required DateOnly WorkerAccessEndsOn { get; init; }

    /// <summary>Whether she had moved in when the course ended (null move-in means the contact period never ended).</summary>
    public DateOnly? MoveInDate { get; init; }

    /// <summary>What the course ends to, the support she goes on to; null when a course completed without it registered.</summary>
    public CourseEndsTo? EndsTo { get; init; }
}
