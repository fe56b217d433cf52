using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.TestHost;

/// <summary>
/// Writes numbered state changes, each with its event, one transaction each. Every seventh change is rolled
/// back, so its event must never be delivered. Resumes after the highest committed change, so a killed writer
/// restarted finishes the run.
/// </summary>
public static class ChangeWriter
{
    public const string TenantId = "101";

    public static bool IsRolledBack(long changeId) => changeId % 7 == 0;

    public static async Task WriteAsync(IServiceProvider services, long lastChangeId, int aggregates, Action<long> committed, CancellationToken cancellationToken)
    {
        long next;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            next = (await db.Changes.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0) + 1;
        }

        for (var id = next; id <= lastChangeId; id++)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TenantId, "change-writer");
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var aggregate = $"aggregate-{id % aggregates}";
            db.Changes.Add(new Change { Id = id, AggregateId = aggregate });
            outbox.Publish(new ChangeCommitted { ChangeId = id, AggregateId = aggregate, Sequence = (int)id }, orderingKey: aggregate);
            await db.SaveChangesAsync(cancellationToken);
            if (IsRolledBack(id))
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await transaction.CommitAsync(cancellationToken);
            committed(id);
        }
    }
}
