using CtiPlatform.Contracts.Courses;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// The tracking service's record of one course, kept from the lifecycle's events only (the service never calls
/// another). Every Record method is idempotent, and the stage only moves forward, so a redelivered or late event
/// never moves the course back. The worker is set when the record opens and changes only on a reassignment, so an
/// event delayed from before a hand-over cannot give the course back to the previous worker.
/// </summary>
public sealed class TrackedCourse : ITenantOwned
{
    private TrackedCourse()
    {
    }

    /// <summary>The course id, which is the referral id.</summary>
    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The assigned worker; empty only when the record was opened by an event that did not carry one.</summary>
    public string WorkerId { get; private set; } = "";

    public TrackingStage Stage { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public DateOnly? ExpectedMoveOutDate { get; private set; }

    public DateOnly? ContactPeriodStartDate { get; private set; }

    public DateOnly? MoveInDate { get; private set; }

    public DateOnly? Phase1StartDate { get; private set; }

    public DateOnly? Phase1PlannedEndDate { get; private set; }

    public DateOnly? Phase2StartDate { get; private set; }

    public DateOnly? Phase2PlannedEndDate { get; private set; }

    public DateOnly? Phase3StartDate { get; private set; }

    /// <summary>The planned (exclusive) end of phase 3 and so of the course, moved by an extension.</summary>
    public DateOnly? Phase3PlannedEndDate { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public CourseClosureReason? ClosureReason { get; private set; }

    /// <summary>The Danish date from which the worker no longer sees the closed course (decision 409); null while it runs.</summary>
    public DateOnly? WorkerAccessEndsOn { get; private set; }

    /// <summary>Whether she has children, as her worker registered it: it opens the plan's children theme.</summary>
    public bool HasChildren { get; private set; }

    /// <summary>Opens the record from the first lifecycle event that names the course.</summary>
    public static TrackedCourse Open(Guid id, string tenantId, string? workerId) =>
        new() { Id = id, TenantId = tenantId, WorkerId = workerId ?? "", Stage = TrackingStage.Approved };

    /// <summary>Fills in the worker when the record was opened without one.</summary>
    public void KnowWorker(string? workerId)
    {
        if (WorkerId.Length == 0 && !string.IsNullOrEmpty(workerId))
        {
            WorkerId = workerId;
        }
    }

    public void RecordApproval(DateOnly approvedOn, DateOnly expectedMoveOutDate)
    {
        ApprovedOn = approvedOn;
        ExpectedMoveOutDate = expectedMoveOutDate;
    }

    public void RecordContactPeriod(DateOnly startDate)
    {
        ContactPeriodStartDate = startDate;
        Advance(TrackingStage.ContactPeriod);
    }

    public void RecordMoveIn(DateOnly moveInDate) => MoveInDate = moveInDate;

    public void RecordPhase(int phase, DateOnly startDate, DateOnly plannedEndDate)
    {
        switch (phase)
        {
            case 1:
                (Phase1StartDate, Phase1PlannedEndDate) = (startDate, plannedEndDate);
                MoveInDate ??= startDate;
                Advance(TrackingStage.Phase1);
                break;
            case 2:
                (Phase2StartDate, Phase2PlannedEndDate) = (startDate, plannedEndDate);
                Advance(TrackingStage.Phase2);
                break;
            case 3:
                // An extension decided before a late phase event must not be undone by it.
                Phase3StartDate = startDate;
                Phase3PlannedEndDate = Phase3PlannedEndDate is { } extended && extended > plannedEndDate ? extended : plannedEndDate;
                Advance(TrackingStage.Phase3);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(phase), phase, "CTI has phases 1 to 3.");
        }
    }

    public void RecordExtension(DateOnly plannedEndDate)
    {
        if (Phase3PlannedEndDate is not { } current || plannedEndDate > current)
        {
            Phase3PlannedEndDate = plannedEndDate;
        }
    }

    public void RecordClosure(DateOnly closedOn, CourseClosureReason reason, DateOnly workerAccessEndsOn, DateOnly? moveInDate)
    {
        (ClosedOn, ClosureReason, WorkerAccessEndsOn) = (closedOn, reason, workerAccessEndsOn);
        if (moveInDate is { } moveIn)
        {
            MoveInDate = moveIn;
        }

        Advance(TrackingStage.Closed);
    }

    /// <summary>
    /// Access follows assignment: the course moves from <paramref name="previousWorkerId"/> to <paramref name="workerId"/>;
    /// a hand-over from someone the course no longer has (an older one arriving late) changes nothing.
    /// </summary>
    public void RecordReassignment(string previousWorkerId, string workerId)
    {
        if (WorkerId == previousWorkerId || WorkerId.Length == 0)
        {
            WorkerId = workerId;
        }
    }

    /// <summary>Registers whether she has children; the worker knows, the lifecycle's events carry no personal data.</summary>
    public void RegisterChildren(bool hasChildren) => HasChildren = hasChildren;

    /// <summary>The CTI phase (1-3) running on <paramref name="date"/>, 0 in the contact period or before, null once closed.</summary>
    public int? PhaseOn(DateOnly date)
    {
        if (ClosedOn is { } closed && date >= closed)
        {
            return null;
        }

        return (Phase3StartDate, Phase2StartDate, Phase1StartDate) switch
        {
            ({ } p3, _, _) when date >= p3 => 3,
            (_, { } p2, _) when date >= p2 => 2,
            (_, _, { } p1) when date >= p1 => 1,
            _ => 0,
        };
    }

    private void Advance(TrackingStage stage)
    {
        if (stage > Stage)
        {
            Stage = stage;
        }
    }
}
