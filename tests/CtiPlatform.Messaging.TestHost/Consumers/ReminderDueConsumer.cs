using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Consumers;

public sealed class ReminderDueConsumer(LedgerDbContext db) : IConsumer<ReminderDue>
{
    public Task Consume(ConsumeContext<ReminderDue> context)
    {
        db.SideEffects.Add(new SideEffect { Kind = "reminder", Subject = context.Message.ReminderId, Sequence = 0 });
        return Task.CompletedTask;
    }
}
