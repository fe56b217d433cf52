using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Messaging.Inbox;

/// <summary>
/// One transaction holds the inbox row, the consumer's changes, the messages it emits and the timers it sets.
/// A copy of a message this consumer already processed inserts no inbox row and is acknowledged unprocessed.
/// </summary>
internal sealed class InboxUnitOfWork<TContext>(
    TContext db,
    EntityFrameworkOutbox<TContext> outbox,
    TenantContext tenant,
    TimeProvider time,
    ILogger<InboxUnitOfWork<TContext>> logger) : IInboxUnitOfWork
    where TContext : ServiceDbContext
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteDates = new();

    public async Task RunAsync(ConsumeContext context, string tenantId, Func<Task> consume)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be checked against the inbox.");

        // One consumer per endpoint (kebab-case ConfigureEndpoints), so the queue names the consumer.
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "consumer";

        // Before the transaction starts: that is when the tenant is handed to row-level security.
        tenant.Set(tenantId, $"consumer:{consumer}");

        // Timers the consumer sets (context.ScheduleSend, a state machine's Schedule) join this transaction.
        ConsumerOutbox<TContext>.Enter(outbox);

        var cancellationToken = context.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await RecordAsync(messageId, consumer, cancellationToken))
        {
            logger.LogInformation("Skipped message {MessageId} already processed by {Consumer}", messageId, consumer);
            return;
        }

        await consume();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>True when the id was new; a concurrent copy waits on the key until the first commits or rolls back.</summary>
    private async Task<bool> RecordAsync(Guid messageId, string consumer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var inserted = db.Database.IsSqlite()
            ? await db.Database.ExecuteSqlAsync(
                $"insert into inbox_messages (message_id, consumer, received_at) values ({messageId}, {consumer}, {SqliteDates.ConvertToProvider(now)}) on conflict do nothing",
                cancellationToken)
            : await db.Database.ExecuteSqlAsync(
                $"insert into inbox_messages (message_id, consumer, received_at) values ({messageId}, {consumer}, {now}) on conflict do nothing",
                cancellationToken);
        return inserted == 1;
    }
}
