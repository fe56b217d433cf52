using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Consumers;

/// <summary>Records the <see cref="Fault{T}"/> published once a pill has used up every retry and redelivery.</summary>
public sealed class PoisonPillFaultConsumer(LedgerDbContext db) : IConsumer<Fault<PoisonPill>>
{
    public Task Consume(ConsumeContext<Fault<PoisonPill>> context)
    {
        db.SideEffects.Add(new SideEffect { Kind = "pill-fault", Subject = context.Message.Message.PillId, Sequence = 0 });
        return Task.CompletedTask;
    }
}
