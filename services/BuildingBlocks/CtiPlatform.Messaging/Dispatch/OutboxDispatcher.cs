using System.Text.Json;
using CtiPlatform.Messaging.Inbox;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.Scheduling;
using CtiPlatform.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Messaging.Dispatch;

/// <summary>
/// Moves due outbox rows (fresh messages and timers alike) to the broker, in batches, one transaction per
/// batch: claim rows, hand them to the broker and await its confirms, delete them, commit. A crash between
/// confirm and commit re-sends the batch with the same message ids, which the consumers' inboxes absorb.
/// Replicas claim disjoint rows (docs/decisions/201-outbox-claiming.md).
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    BusReadiness readiness,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private static readonly TimeSpan InboxCleanupInterval = TimeSpan.FromMinutes(5);
    private DateTimeOffset nextInboxCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            await readiness.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = await DispatchBatchAsync(settings.DispatchBatchSize, stoppingToken);
                await CleanInboxWhenDueAsync(settings.InboxRetention, stoppingToken);
                if (delivered < settings.DispatchBatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The broker or the database is away: the rows stay and are claimed again after the back-off.
                logger.LogWarning(exception, "Outbox dispatch failed; retrying in {Backoff}", settings.FailureBackoff);
                // Real time, not the injected clock: a test that freezes "now" must not freeze the back-off.
                await Task.Delay(settings.FailureBackoff, stoppingToken);
            }
        }
    }

    /// <summary>Delivers one batch of due rows and returns how many went out.</summary>
    internal async Task<int> DispatchBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await ClaimAsync(db, time.GetUtcNow(), batchSize, cancellationToken);
        if (rows.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var outgoing = new List<OutgoingMessage>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                outgoing.Add(OutgoingMessage.Read(row));
            }
            catch (Exception exception) when (exception is InvalidOperationException or JsonException or NotSupportedException)
            {
                // One row this build cannot read must not hold back every row behind it. Never the body in the log.
                logger.LogError(
                    "Outbox row {SequenceNumber} (message {MessageId}, type {MessageType}) cannot be read ({Reason}); moved to outbox_dead_letters",
                    row.SequenceNumber, row.MessageId, row.MessageType, exception.GetType().Name);
                db.Set<OutboxDeadLetter>().Add(OutboxDeadLetter.From(row, exception, time.GetUtcNow()));
            }
        }

        // A batch holds at most one row per ordering key, so its rows may go out concurrently.
        await Task.WhenAll(outgoing.Select(message => DeliverAsync(message, cancellationToken)));
        var claimed = rows.Select(r => r.SequenceNumber).ToList();
        await db.Set<OutboxMessage>().Where(m => claimed.Contains(m.SequenceNumber)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private static async Task<List<OutboxMessage>> ClaimAsync(TContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // One process owns a SQLite file, so nothing competes for rows; only the per-key order needs care.
            var due = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DeliverAt <= now)
                .OrderBy(m => m.SequenceNumber).Take(batchSize).ToListAsync(cancellationToken);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return due.Where(m => m.OrderingKey is null || seen.Add(m.OrderingKey)).ToList();
        }

        // Only the oldest row of an ordering key is claimable: a later one waits until its predecessor is gone,
        // whichever replica holds it. SKIP LOCKED lets replicas take disjoint batches without waiting on each other.
        return await db.Set<OutboxMessage>().FromSql($"""
            select o.* from outbox_messages o
            where o.deliver_at <= {now}
              and (o.ordering_key is null
                   or not exists (select 1 from outbox_messages p
                                  where p.ordering_key = o.ordering_key and p.sequence_number < o.sequence_number))
            order by o.sequence_number
            limit {batchSize}
            for update skip locked
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    private async Task DeliverAsync(OutgoingMessage outgoing, CancellationToken cancellationToken)
    {
        var (row, type, message, headers) = outgoing;
        if (row.Destination is null)
        {
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(context => Apply(row, headers, context)), cancellationToken);
            return;
        }

        var endpoint = await bus.GetSendEndpoint(new Uri(row.Destination));
        await endpoint.Send(message, type, Pipe.Execute<SendContext>(context => Apply(row, headers, context)), cancellationToken);
    }

    private static void Apply(OutboxMessage row, Dictionary<string, string> headers, SendContext context)
    {
        context.MessageId = row.MessageId;
        foreach (var (key, value) in headers)
        {
            switch (key)
            {
                case EnvelopeKeys.CorrelationId: context.CorrelationId = Guid.Parse(value); break;
                case EnvelopeKeys.ConversationId: context.ConversationId = Guid.Parse(value); break;
                case EnvelopeKeys.InitiatorId: context.InitiatorId = Guid.Parse(value); break;
                case EnvelopeKeys.RequestId: context.RequestId = Guid.Parse(value); break;
                default: context.Headers.Set(key, value); break;
            }
        }

        if (row.SchedulingTokenId is { } token)
        {
            // State machines compare this with the token they stored, to ignore a timer they have since replaced.
            context.Headers.Set(MessageHeaders.SchedulingTokenId, token.ToString());
        }
    }

    private async Task CleanInboxWhenDueAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < nextInboxCleanup)
        {
            return;
        }

        nextInboxCleanup = now + InboxCleanupInterval;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = now - retention;
        await db.Set<InboxMessage>().Where(m => m.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>A claimed row read back into the message it holds.</summary>
    private sealed record OutgoingMessage(OutboxMessage Row, Type Type, object Message, Dictionary<string, string> Headers)
    {
        public static OutgoingMessage Read(OutboxMessage row)
        {
            var type = OutboxSerializer.ResolveType(row.MessageType);
            return new OutgoingMessage(row, type, OutboxSerializer.Deserialize(row.Body, type), OutboxSerializer.DeserializeHeaders(row.Headers));
        }
    }
}
