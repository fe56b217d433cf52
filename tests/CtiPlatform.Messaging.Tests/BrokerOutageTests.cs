using System.Net;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Testing;

namespace CtiPlatform.Messaging.Tests;

public sealed class BrokerOutageTests
{
    private const int Changes = 500;

    [Fact]
    public async Task Events_committed_while_the_broker_is_unreachable_all_arrive_after_it_returns()
    {
        await using var producerDb = await FreshDatabase.CreateAsync();
        await using var consumerDb = await FreshDatabase.CreateAsync();
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var proxy = new TcpProxy(new IPEndPoint(IPAddress.Loopback, TestInfrastructure.RabbitMq.Port));
        await using var consumer = LedgerHost.Build(LedgerConfiguration.For(consumerDb.Database, vhost.Through(proxy.Port), consumes: true));
        await using var producer = LedgerHost.Build(LedgerConfiguration.For(producerDb.Database, vhost.Through(proxy.Port), consumes: false));
        await consumer.StartAsync();
        await producer.StartAsync();

        // The host reports started before its receive endpoint has bound its queue; cut earlier and the events
        // would be published to an exchange nothing is bound to yet.
        await Eventually.Until(() => vhost.ConsumerCountAsync("change-committed"), n => n >= 1, TimeSpan.FromSeconds(30), "the consumer bound to its queue");
        proxy.Cut();
        var outageStarted = DateTime.UtcNow;
        var committedCount = 0;
        await ChangeWriter.WriteAsync(producer.Services, Changes, aggregates: 10, _ => committedCount++, CancellationToken.None);
        var waitingDuringOutage = await LedgerRows.OutboxAsync(producerDb.Database.AdminConnectionString);

        // The outage itself is the scenario: it lasts about ten seconds whatever else happens.
        await Task.Delay(TimeSpan.FromSeconds(10) - (DateTime.UtcNow - outageStarted));
        Assert.Equal(0, await LedgerRows.SideEffectsAsync(consumerDb.Database.AdminConnectionString, "change"));
        proxy.Restore();

        // Generous bound: a connection the broker has not yet noticed is dead keeps its unacknowledged deliveries
        // until the heartbeat gives up on it; the failure message says where the missing events wait.
        try
        {
            await Eventually.Until(() => LedgerRows.SideEffectsAsync(consumerDb.Database.AdminConnectionString, "change"),
                n => n >= committedCount, TimeSpan.FromMinutes(4), "every event committed during the outage");
        }
        catch (TimeoutException timeout)
        {
            var outbox = await LedgerRows.OutboxAsync(producerDb.Database.AdminConnectionString);
            throw new TimeoutException($"{timeout.Message}; outbox rows left: {outbox}; {await vhost.DescribeQueueAsync("change-committed")}", timeout);
        }
        await Eventually.Until(() => LedgerRows.OutboxAsync(producerDb.Database.AdminConnectionString), n => n == 0, TimeSpan.FromMinutes(1), "an empty outbox");
        Assert.Equal(committedCount, waitingDuringOutage);
        var effects = await LedgerRows.SideEffectListAsync(consumerDb.Database.AdminConnectionString, "change");
        Assert.Equal(committedCount, effects.Select(e => e.Subject).Distinct().Count());
        Assert.Equal(committedCount, effects.Count);
        await producer.StopAsync();
        await consumer.StopAsync();
    }

    [Fact]
    public async Task A_service_stays_ready_while_the_broker_is_unreachable_and_reports_the_broker_unhealthy()
    {
        await using var database = await FreshDatabase.CreateAsync();
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var proxy = new TcpProxy(new IPEndPoint(IPAddress.Loopback, TestInfrastructure.RabbitMq.Port));
        await using var service = await ServiceHost.StartAsync(LedgerHost.Build(LedgerConfiguration.For(database.Database, vhost.Through(proxy.Port), consumes: true)));
        await service.WaitUntilReadyAsync();
        using var client = service.Client();

        proxy.Cut();
        var details = await Eventually.Until(
            async () =>
            {
                using var response = await client.GetAsync("/health/details");
                return await response.Content.ReadAsStringAsync();
            },
            body => !body.Contains("\"messaging\":\"Healthy\"", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the broker reported down");
        using var readiness = await client.GetAsync("/health");

        // Readiness is "can serve requests": the database. The broker's state is a detail (and the cti.health.status metric).
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.Equal("Healthy", await readiness.Content.ReadAsStringAsync());
        Assert.Contains("\"ledger-db\":\"Healthy\"", details, StringComparison.Ordinal);

        proxy.Restore();
        await service.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
    }
}
