using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CtiPlatform.Messaging.Tests;

public sealed class UnreadableRowTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_row_whose_type_no_longer_exists_is_set_aside_and_the_rows_behind_it_of_the_same_aggregate_still_go_out()
    {
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var app = LedgerHost.Build(LedgerConfiguration.For(database, vhost.Address, consumes: true));
        var unreadable = Guid.NewGuid();

        await app.StartAsync();
        // Written by an earlier build whose message type has since been renamed, ahead of a readable row of the same aggregate.
        await using (var connection = new NpgsqlConnection(database.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var row = new NpgsqlCommand("""
                insert into outbox_messages (message_id, ordering_key, message_type, body, headers, deliver_at, created_at)
                values (@id, 'aggregate-7', 'CtiPlatform.Gone.RenamedEvent, CtiPlatform.Gone', '{"x":1}', '{}', now(), now())
                """, connection);
            row.Parameters.AddWithValue("id", unreadable);
            await row.ExecuteNonQueryAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(ChangeWriter.TenantId, "test");
            scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new ChangeCommitted { ChangeId = 7, AggregateId = "aggregate-7", Sequence = 2 }, "aggregate-7");
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
        }

        await Eventually.Until(() => LedgerRows.SideEffectsAsync(database.AdminConnectionString, "change"), n => n >= 1,
            TimeSpan.FromSeconds(30), "the readable row behind the unreadable one");
        Assert.Equal(0, await LedgerRows.OutboxAsync(database.AdminConnectionString));
        Assert.Equal(1, await LedgerRows.CountAsync(database.AdminConnectionString,
            $"select count(*) from outbox_dead_letters where message_id = '{unreadable}' and ordering_key = 'aggregate-7' and error like 'InvalidOperationException%'"));
        await app.StopAsync();
    }
}
