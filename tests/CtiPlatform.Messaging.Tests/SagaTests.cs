using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Tests;

public sealed class SagaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Events = 50;

    [Fact]
    public async Task Fifty_concurrent_events_for_one_saga_instance_leave_the_state_of_applying_them_one_by_one()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var app = LedgerHost.Build(LedgerConfiguration.For(database, vhost.Address, consumes: true));
        await app.StartAsync();
        var tallyId = Guid.NewGuid();
        await PublishAsync(app.Services, outbox => outbox.Publish(new TallyOpened { TallyId = tallyId }));
        await Eventually.Until(() => LedgerRows.CountAsync(database.AdminConnectionString, $"select count(*) from tally_states where correlation_id = '{tallyId}'"),
            n => n == 1, TimeSpan.FromSeconds(30), "the opened instance");

        // No ordering key: the fifty events leave the outbox in one batch and race for the instance.
        await PublishAsync(app.Services, outbox =>
        {
            for (var amount = 1; amount <= Events; amount++)
            {
                outbox.Publish(new AmountAdded { TallyId = tallyId, Amount = amount });
            }
        });

        await Eventually.Until(() => LedgerRows.CountAsync(database.AdminConnectionString, $"select count from tally_states where correlation_id = '{tallyId}'"),
            n => n >= Events, TimeSpan.FromMinutes(1), "all fifty events applied");
        Assert.Equal(Events * (Events + 1) / 2, await LedgerRows.CountAsync(database.AdminConnectionString, $"select total from tally_states where correlation_id = '{tallyId}'"));
        Assert.Equal(Events, await LedgerRows.CountAsync(database.AdminConnectionString, $"select count from tally_states where correlation_id = '{tallyId}'"));
        Assert.Equal(Events, await LedgerRows.CountAsync(database.AdminConnectionString, $"select version from tally_states where correlation_id = '{tallyId}'"));
        await app.StopAsync();
    }

    private static async Task PublishAsync(IServiceProvider services, Action<IOutbox> publish)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(ChangeWriter.TenantId, "test");
        publish(scope.ServiceProvider.GetRequiredService<IOutbox>());
        await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
    }
}
