using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Consumers;

/// <summary>Records one side effect per change; the inbox must keep a redelivered copy from recording a second.</summary>
public sealed class ChangeCommittedConsumer(LedgerDbContext db) : IConsumer<ChangeCommitted>
{
    public Task Consume(ConsumeContext<ChangeCommitted> context)
    {
        db.SideEffects.Add(new SideEffect { Kind = "change", Subject = context.Message.AggregateId + "/" + context.Message.ChangeId, Sequence = context.Message.Sequence });
        return Task.CompletedTask;
    }
}
