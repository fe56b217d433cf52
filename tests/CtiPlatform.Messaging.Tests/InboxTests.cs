using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CtiPlatform.Messaging.Tests;

public sealed class InboxTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_second_copy_of_a_processed_message_changes_nothing_and_a_new_message_after_it_still_applies()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var app = LedgerHost.Build(LedgerConfiguration.For(database, vhost.Address, consumes: true));
        await app.StartAsync();
        await Eventually.Until(() => vhost.ConsumerCountAsync("change-committed"), n => n >= 1, TimeSpan.FromSeconds(30), "the consumer bound to its queue");
        var bus = app.Services.GetRequiredService<IBus>();
        var copied = NewId.NextGuid();

        // The broker redelivers a message whose acknowledgement was lost: same MessageId, same consumer. The queue
        // takes one message at a time, so once the third message's effect is there both copies have been handled.
        await bus.Publish(new ChangeCommitted { ChangeId = 1, AggregateId = "inbox", Sequence = 1 }, c => Copy(c, copied));
        await bus.Publish(new ChangeCommitted { ChangeId = 1, AggregateId = "inbox", Sequence = 1 }, c => Copy(c, copied));
        await bus.Publish(new ChangeCommitted { ChangeId = 2, AggregateId = "inbox", Sequence = 2 }, c => c.Headers.Set(MessageHeaderNames.TenantId, ChangeWriter.TenantId));

        await Eventually.Until(() => LedgerRows.SideEffectsAsync(database.AdminConnectionString, "change"), n => n >= 2,
            TimeSpan.FromSeconds(30), "the effects of the first and the third message");
        var effects = await LedgerRows.SideEffectListAsync(database.AdminConnectionString, "change");
        Assert.Equal([("inbox/1", 1), ("inbox/2", 2)], effects);
        Assert.Equal(1, await LedgerRows.CountAsync(database.AdminConnectionString,
            $"select count(*) from inbox_messages where message_id = '{copied}' and consumer = 'change-committed'"));
        await app.StopAsync();
    }

    [Fact]
    public async Task Processed_ids_older_than_the_retention_are_forgotten_and_newer_ones_kept()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = LedgerHost.Build(
            [.. LedgerConfiguration.For(database, vhost.Address, consumes: true), new("MessagingOptions:InboxRetention", "7.00:00:00")],
            services => services.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        var (expired, kept) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var connection = new NpgsqlConnection(database.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                "insert into inbox_messages (message_id, consumer, received_at) values (@expired, 'change-committed', @old), (@kept, 'change-committed', @recent)",
                connection);
            insert.Parameters.AddWithValue("expired", expired);
            insert.Parameters.AddWithValue("kept", kept);
            insert.Parameters.AddWithValue("old", clock.GetUtcNow().AddDays(-8));
            insert.Parameters.AddWithValue("recent", clock.GetUtcNow().AddDays(-6));
            await insert.ExecuteNonQueryAsync();
        }

        // The dispatcher cleans the inbox every few minutes of its clock; the next round falls due.
        clock.Advance(TimeSpan.FromMinutes(10));

        await Eventually.Until(() => InboxCountAsync(expired), n => n == 0, TimeSpan.FromSeconds(30), "the expired id forgotten");
        Assert.Equal(1, await InboxCountAsync(kept));
        await app.StopAsync();
    }

    private static void Copy(PublishContext context, Guid messageId)
    {
        context.MessageId = messageId;
        context.Headers.Set(MessageHeaderNames.TenantId, ChangeWriter.TenantId);
    }

    private Task<long> InboxCountAsync(Guid messageId) =>
        LedgerRows.CountAsync(database.AdminConnectionString, $"select count(*) from inbox_messages where message_id = '{messageId}'");
}
