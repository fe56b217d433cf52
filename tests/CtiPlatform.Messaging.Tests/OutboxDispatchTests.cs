using CtiPlatform.Testing;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;

namespace CtiPlatform.Messaging.Tests;

public sealed class OutboxDispatchTests
{
    private const int Changes = 1000;

    [Fact]
    public async Task Two_dispatchers_on_one_outbox_deliver_every_committed_event_once_and_in_order_per_aggregate()
    {
        await using var producerDb = await FreshDatabase.CreateAsync();
        await using var consumerDb = await FreshDatabase.CreateAsync();
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var consumer = LedgerHost.Build(LedgerConfiguration.For(consumerDb.Database, vhost.Address, consumes: true));
        await using var first = LedgerHost.Build(LedgerConfiguration.For(producerDb.Database, vhost.Address, consumes: false));
        await using var second = LedgerHost.Build(LedgerConfiguration.For(producerDb.Database, vhost.Address, consumes: false));
        await consumer.StartAsync();
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        await ChangeWriter.WriteAsync(first.Services, Changes, aggregates: 10, _ => { }, CancellationToken.None);

        var committed = await LedgerRows.CommittedChangesAsync(producerDb.Database.AdminConnectionString);
        await Eventually.Until(() => LedgerRows.OutboxAsync(producerDb.Database.AdminConnectionString), n => n == 0, TimeSpan.FromMinutes(2), "an empty outbox");
        await Eventually.Until(() => LedgerRows.SideEffectsAsync(consumerDb.Database.AdminConnectionString, "change"),
            n => n >= committed.Count, TimeSpan.FromMinutes(2), "every committed change's side effect");
        var effects = await LedgerRows.SideEffectListAsync(consumerDb.Database.AdminConnectionString, "change");
        Assert.Equal(Changes - (Changes / 7), committed.Count);
        Assert.Equal(committed.Order(), effects.Select(e => long.Parse(e.Subject.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)).Order());
        foreach (var aggregate in effects.GroupBy(e => e.Subject.Split('/')[0]))
        {
            var sequences = aggregate.Select(e => e.Sequence).ToList();
            Assert.Equal(sequences.Order(), sequences);
        }

        await Task.WhenAll(first.StopAsync(), second.StopAsync(), consumer.StopAsync());
    }
}
