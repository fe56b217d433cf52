using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Consumers;

/// <summary>Records the note with the tenant its unit of work ran for.</summary>
public sealed class NoteAddedConsumer(LedgerDbContext db, TenantContext tenant) : IConsumer<NoteAdded>
{
    public Task Consume(ConsumeContext<NoteAdded> context)
    {
        db.SideEffects.Add(new SideEffect { Kind = "note", Subject = $"{context.Message.NoteId}@{tenant.TenantId}", Sequence = 0 });
        return Task.CompletedTask;
    }
}
