using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// The municipality's CTI workers, kept by its team leads and tenant admins; assignment and reassignment name one of
/// its active workers (docs/decisions/019-worker-registry.md). The tenant is the context's and the table's RLS.
/// </summary>
internal sealed class WorkerRegistry(ReferralsDbContext db, TenantContext caller, TimeProvider clock)
{
    /// <summary>Every worker, active or not, by id.</summary>
    public async Task<IReadOnlyList<WorkerView>> ListAsync(CancellationToken ct) =>
        (await db.Workers.AsNoTracking().OrderBy(w => w.WorkerId).ToListAsync(ct)).Select(w => w.ToView()).ToList();

    /// <summary>Registers the worker, or makes a deactivated one active again; <c>Created</c> tells which.</summary>
    public async Task<(Worker Worker, bool Created)> RegisterAsync(string workerId, CancellationToken ct)
    {
        // Two team leads registering the same worker at once: the second waits, then finds her instead of colliding.
        await WorkerAssignmentLock.AcquireAsync(db, caller.RequiredTenantId, workerId, ct);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.WorkerId == workerId, ct);
        if (worker is not null)
        {
            worker.Reactivate(caller.ActorId!, clock.GetUtcNow());
            return (worker, false);
        }

        worker = Worker.Register(caller.RequiredTenantId, workerId, caller.ActorId!, clock.GetUtcNow());
        db.Workers.Add(worker);
        return (worker, true);
    }

    /// <summary>Deactivates the worker, or null when the municipality has no such worker.</summary>
    public async Task<Worker?> DeactivateAsync(string workerId, CancellationToken ct)
    {
        // The assignment lock orders this after any approval that already found her active, and before any later one.
        await WorkerAssignmentLock.AcquireAsync(db, caller.RequiredTenantId, workerId, ct);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.WorkerId == workerId, ct);
        worker?.Deactivate(caller.ActorId!, clock.GetUtcNow());
        return worker;
    }

    /// <summary>Whether a course may be assigned to <paramref name="workerId"/>.</summary>
    public Task<bool> IsAssignableAsync(string workerId, CancellationToken ct) =>
        db.Workers.AnyAsync(w => w.WorkerId == workerId && w.Active, ct);
}
