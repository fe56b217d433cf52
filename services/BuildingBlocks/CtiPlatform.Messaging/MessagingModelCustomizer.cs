using CtiPlatform.Messaging.Attention;
using CtiPlatform.Messaging.Inbox;
using CtiPlatform.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CtiPlatform.Messaging;

/// <summary>
/// Adds the outbox, inbox and attention tables to the service's model without each service mapping them by hand. They are
/// added before the context's own model building runs, so its snake_case names and SQLite date conversions apply.
/// </summary>
internal sealed class MessagingModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(m => m.SequenceNumber);
            e.Property(m => m.SequenceNumber).ValueGeneratedOnAdd();
            e.HasIndex(m => new { m.DeliverAt, m.SequenceNumber });
            e.HasIndex(m => new { m.OrderingKey, m.SequenceNumber });
            e.HasIndex(m => m.SchedulingTokenId);
        });
        modelBuilder.Entity<OutboxDeadLetter>(e =>
        {
            e.ToTable("outbox_dead_letters");
            e.HasKey(m => m.SequenceNumber);
            e.Property(m => m.SequenceNumber).ValueGeneratedNever();
        });
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox_messages");
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.HasIndex(m => m.ReceivedAt);
        });
        modelBuilder.Entity<AttentionItem>(e =>
        {
            e.ToTable("attention_items");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).ValueGeneratedNever();
            e.HasIndex(a => new { a.MessageId, a.Consumer }).IsUnique();
            e.HasIndex(a => new { a.TenantId, a.SubjectId });
        });
        base.Customize(modelBuilder, context);

        // Saga instances carry their version as the concurrency token (docs/decisions/206-saga-concurrency.md).
        foreach (var saga in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ISagaVersion).IsAssignableFrom(e.ClrType)).ToList())
        {
            modelBuilder.Entity(saga.ClrType).Property(nameof(ISagaVersion.Version)).IsConcurrencyToken();
        }
    }
}
