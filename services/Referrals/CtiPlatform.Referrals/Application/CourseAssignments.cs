using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// Access follows assignment: a team lead hands a running course to another registered worker, with a reason. The
/// referral, the caseload and the history change here; <see cref="CourseReassigned"/> moves access in every other
/// service (docs/decisions/020-reassignment.md).
/// </summary>
internal sealed class CourseAssignments(
    ReferralsDbContext db, TenantContext caller, TimeProvider clock, IOutbox outbox, IAccessLog accessLog, WorkerRegistry workers)
{
    public async Task<Outcome<Reassignment>> ReassignAsync(Guid id, ReassignRequest request, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return Outcome<Reassignment>.NotFound;
        }

        // Under the new worker's assignment lock, as an approval is: a deactivation cannot slip in between check and write.
        var workerId = request.WorkerId!;
        await WorkerAssignmentLock.AcquireAsync(db, referral.TenantId, workerId, ct);
        if (!await workers.IsAssignableAsync(workerId, ct))
        {
            return ReferralRefusal.WorkerNotRegistered;
        }

        var previous = referral.WorkerId!;
        if (referral.Reassign(workerId) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var reassignment = Reassignment.Of(referral, previous, request.Reason!.Trim(), caller.ActorId!, now);
        db.Reassignments.Add(reassignment);
        var course = await db.WorkerCourses.SingleOrDefaultAsync(c => c.CourseId == id, ct);
        course?.ReassignTo(workerId);
        outbox.Publish(
            new CourseReassigned { CourseId = id, TenantId = referral.TenantId, PreviousWorkerId = previous, WorkerId = workerId, ReassignedAt = now },
            id.ToString());
        accessLog.Record(ReferralQueries.Subject, id.ToString(), AccessAction.Change, AccessPurposes.Reassignment);
        return reassignment;
    }
}
