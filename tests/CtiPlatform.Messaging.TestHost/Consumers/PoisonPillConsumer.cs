using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Consumers;

/// <summary>Writes a side effect, then fails while the pill still has failed attempts to use up, so a failure must roll the write back.</summary>
public sealed class PoisonPillConsumer(LedgerDbContext db, DeliveryAttempts attempts) : IConsumer<PoisonPill>
{
    public Task Consume(ConsumeContext<PoisonPill> context)
    {
        var attempt = attempts.Next(context.Message.PillId);
        db.SideEffects.Add(new SideEffect { Kind = "pill", Subject = context.Message.PillId, Sequence = attempt });
        return attempt <= context.Message.FailedAttempts
            ? throw new InvalidOperationException($"Attempt {attempt} of pill {context.Message.PillId} fails on purpose.")
            : Task.CompletedTask;
    }
}
