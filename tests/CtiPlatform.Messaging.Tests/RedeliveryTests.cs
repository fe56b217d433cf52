using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Tests;

public sealed class RedeliveryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    // One immediate retry, then two redeliveries through the durable scheduler: two attempts per delivery, three deliveries.
    private const int AttemptsBeforeFault = 6;

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_redelivered_then_faulted_into_the_error_queue_and_changes_nothing()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var app = Build(vhost);
        await app.StartAsync();

        await PublishAsync(app.Services, new PoisonPill { PillId = "deadly", FailedAttempts = int.MaxValue });

        await Eventually.Until(() => Effects("pill-fault", "deadly"), n => n >= 1,
            TimeSpan.FromSeconds(60), "the Fault<PoisonPill> after the last redelivery");
        Assert.Equal(AttemptsBeforeFault, app.Services.GetRequiredService<DeliveryAttempts>().Of("deadly"));
        Assert.Equal(0, await Effects("pill", "deadly"));
        await Eventually.Until(() => vhost.MessageCountAsync("poison-pill_error"), n => n == 1, TimeSpan.FromSeconds(30), "the pill in the error queue");

        // Every redelivery row has left the outbox, and nothing was redelivered after the fault.
        Assert.Equal(0, await LedgerRows.OutboxAsync(database.AdminConnectionString));
        Assert.Equal(AttemptsBeforeFault, app.Services.GetRequiredService<DeliveryAttempts>().Of("deadly"));
        await app.StopAsync();
    }

    [Fact]
    public async Task A_message_that_fails_past_its_immediate_retries_succeeds_on_a_redelivery_and_applies_once()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var app = Build(vhost);
        await app.StartAsync();

        // Both attempts of the first delivery and the first attempt of the first redelivery fail.
        await PublishAsync(app.Services, new PoisonPill { PillId = "transient", FailedAttempts = 3 });

        await Eventually.Until(() => Effects("pill", "transient"), n => n >= 1,
            TimeSpan.FromSeconds(60), "the pill applied on its redelivery");
        var effects = await LedgerRows.SideEffectListAsync(database.AdminConnectionString, "pill");
        Assert.Equal([("transient", 4)], effects.Where(e => e.Subject == "transient"));
        Assert.Equal(4, app.Services.GetRequiredService<DeliveryAttempts>().Of("transient"));
        Assert.Equal(0, await Effects("pill-fault", "transient"));
        Assert.Equal(0, await vhost.MessageCountAsync("poison-pill_error"));
        await app.StopAsync();
    }

    // The tests of this class share one database, so each counts only its own pill.
    private Task<long> Effects(string kind, string pill) =>
        LedgerRows.CountAsync(database.AdminConnectionString, $"select count(*) from side_effects where kind = '{kind}' and subject = '{pill}'");

    private WebApplication Build(IsolatedVirtualHost vhost) => LedgerHost.Build(
    [
        .. LedgerConfiguration.For(database, vhost.Address, consumes: true),
        new("MessagingOptions:ImmediateRetries", "1"),
        new("MessagingOptions:RedeliveryDelays:0", "00:00:00.2"),
        new("MessagingOptions:RedeliveryDelays:1", "00:00:00.2"),
    ]);

    private static async Task PublishAsync(IServiceProvider services, PoisonPill pill)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(ChangeWriter.TenantId, "test");
        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(pill);
        await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
    }
}
