using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// One active course on a worker's caseload, kept from the course lifecycle's events: phase 0 is awaiting
/// start or the contact period, 1–3 the CTI phases. Removed when the course closes.
/// </summary>
public sealed class WorkerCourse : ITenantOwned
{
    private WorkerCourse()
    {
    }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public int Phase { get; private set; }

    public static WorkerCourse Assigned(Guid courseId, string tenantId, string workerId) =>
        new() { CourseId = courseId, TenantId = tenantId, WorkerId = workerId, Phase = 0 };

    public void EnterPhase(int phase) => Phase = phase;

    /// <summary>The course now counts on another worker's caseload.</summary>
    public void ReassignTo(string workerId) => WorkerId = workerId;
}
