using System.Net;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Testing;

namespace CtiPlatform.Messaging.Tests;

public sealed class StartupOutageTests
{
    [Fact]
    public async Task A_service_that_loses_the_broker_while_it_starts_binds_its_queue_and_delivers_once_the_broker_returns()
    {
        await using var db = await FreshDatabase.CreateAsync();
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var proxy = new TcpProxy(new IPEndPoint(IPAddress.Loopback, TestInfrastructure.RabbitMq.Port));
        await using var app = LedgerHost.Build(LedgerConfiguration.For(db.Database, vhost.Through(proxy.Port), consumes: true));

        // Cut while the receive endpoints are still connecting and binding their queues.
        await app.StartAsync();
        proxy.Cut();
        var committed = 0;
        await ChangeWriter.WriteAsync(app.Services, 20, aggregates: 2, _ => committed++, CancellationToken.None);

        // The outage itself is the scenario: it lasts about ten seconds whatever else happens, and nothing gets
        // through meanwhile (which also shows the broker was reached only through the cut proxy).
        await Task.Delay(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await LedgerRows.SideEffectsAsync(db.Database.AdminConnectionString, "change"));
        proxy.Restore();

        try
        {
            await Eventually.Until(() => LedgerRows.SideEffectsAsync(db.Database.AdminConnectionString, "change"), n => n >= committed,
                TimeSpan.FromMinutes(2), "every change committed while the broker was away");
        }
        catch (TimeoutException timeout)
        {
            var outbox = await LedgerRows.OutboxAsync(db.Database.AdminConnectionString);
            throw new TimeoutException($"{timeout.Message}; outbox rows left: {outbox}; {await vhost.DescribeQueueAsync("change-committed")}", timeout);
        }

        Assert.Equal(committed, await LedgerRows.SideEffectsAsync(db.Database.AdminConnectionString, "change"));
        await app.StopAsync();
    }
}
