using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Persistence;

/// <summary>
/// Serialises assignments to one worker within a municipality: the caseload is read and the new course added
/// under a transaction-scoped advisory lock, so two decisions in the same instant cannot both see room for one
/// more course (docs/decisions/011-referral-rules-and-problems.md). Registering and deactivating her take the same
/// lock, so an assignment never passes a deactivation half-way. Released when the unit of work ends.
/// </summary>
internal static class WorkerAssignmentLock
{
    public static async Task AcquireAsync(ReferralsDbContext db, string tenantId, string workerId, CancellationToken ct)
    {
        // The standalone host's SQLite file has one writer at a time; it needs no lock and has none to take.
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var key = $"worker-assignment|{tenantId}|{workerId}";
        await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
    }
}
