using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Tests;

public sealed class SchedulerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Uri ReminderQueue = new("queue:reminder-due");

    [Fact]
    public async Task A_timer_due_while_the_service_was_down_fires_once_after_restart_and_a_cancelled_one_never()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using (var before = Build(vhost, clock))
        {
            await before.StartAsync();

            // Stop this host only once its endpoint is up: a receive endpoint still starting when its host stops
            // can finish starting afterwards, and that orphan consumer, with its services disposed, would take the
            // timer the second host dispatches. (A real process takes its connections with it when it exits.)
            await Eventually.Until(() => vhost.ConsumerCountAsync("reminder-due"), n => n >= 1, TimeSpan.FromSeconds(30), "the consumer bound to its queue");

            await using var scope = before.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(ChangeWriter.TenantId, "test");
            var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            var dueAt = clock.GetUtcNow().AddSeconds(5).UtcDateTime;
            await scheduler.ScheduleSend(ReminderQueue, dueAt, new ReminderDue { ReminderId = "kept" });
            var cancelled = await scheduler.ScheduleSend(ReminderQueue, dueAt, new ReminderDue { ReminderId = "cancelled" });
            await db.SaveChangesAsync();
            await scheduler.CancelScheduledSend(ReminderQueue, cancelled.TokenId);
            await db.SaveChangesAsync();
            await before.StopAsync();
        }

        Assert.Equal(1, await LedgerRows.OutboxAsync(database.AdminConnectionString));
        clock.Advance(TimeSpan.FromSeconds(20));

        await using var after = Build(vhost, clock);
        await after.StartAsync();
        await Eventually.Until(() => LedgerRows.OutboxAsync(database.AdminConnectionString), n => n == 0, TimeSpan.FromSeconds(30), "the due timer dispatched");
        await Eventually.Until(() => LedgerRows.SideEffectsAsync(database.AdminConnectionString, "reminder"), n => n >= 1, TimeSpan.FromSeconds(30), "the timer's message");
        var effects = await LedgerRows.SideEffectListAsync(database.AdminConnectionString, "reminder");
        Assert.Equal(["kept"], effects.Select(e => e.Subject));
        await after.StopAsync();
    }

    [Fact]
    public async Task A_timer_is_written_in_the_callers_transaction_and_vanishes_when_it_rolls_back()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var app = Build(vhost, new ManualTimeProvider(DateTimeOffset.UtcNow));
        await app.StartAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var before = await LedgerRows.OutboxAsync(database.AdminConnectionString);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            outbox.Schedule(ReminderQueue, DateTimeOffset.UtcNow.AddDays(1), new ReminderDue { ReminderId = "rolled-back" });
            await db.SaveChangesAsync();
            Assert.Equal(before, await LedgerRows.OutboxAsync(database.AdminConnectionString));
            await transaction.RollbackAsync();
        }

        Assert.Equal(before, await LedgerRows.OutboxAsync(database.AdminConnectionString));
        await app.StopAsync();
    }

    private WebApplication Build(IsolatedVirtualHost vhost, ManualTimeProvider clock) =>
        LedgerHost.Build(LedgerConfiguration.For(database, vhost.Address, consumes: true), services => services.AddSingleton<TimeProvider>(clock));
}
