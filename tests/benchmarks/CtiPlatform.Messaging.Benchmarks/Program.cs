using System.Diagnostics;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Measured console run against the local PostgreSQL and RabbitMQ: outbox -> broker -> consumer throughput
// next to raw Publish in the same run, and the dispatch of 100,000 timers falling due at once.
const int Messages = 3000;
const int Timers = 100_000;

var database = new PostgresDatabase();
await database.InitializeAsync();
try
{
    var rabbitMq = await RabbitMqVirtualHost.AddressAsync();
    var app = LedgerHost.Build([
        .. TestTokens.Configuration, .. database.ConnectionStrings(LedgerHost.Database),
        new("ConnectionStrings:rabbitmq", rabbitMq.ToString()), new("Ledger:Consumes", "true"),
        new("Logging:LogLevel:Default", "Warning"), new("MessagingOptions:DispatchBatchSize", "500")]);
    await app.StartAsync();
    var bus = app.Services.GetRequiredService<IBus>();

    var raw = await MeasureAsync("raw", async prefix =>
        await Task.WhenAll(Enumerable.Range(0, Messages).Select(i => bus.Publish(new ReminderDue { ReminderId = $"{prefix}{i}" }))));
    var outbox = await MeasureAsync("outbox", async prefix =>
    {
        foreach (var chunk in Enumerable.Range(0, Messages).Chunk(100))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<IOutbox>();
            foreach (var i in chunk)
            {
                writer.Publish(new ReminderDue { ReminderId = $"{prefix}{i}" });
            }

            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
        }
    });
    Console.WriteLine($"raw Publish -> consumer:     {raw:F0} msg/s ({Messages} messages)");
    Console.WriteLine($"outbox -> broker -> consumer: {outbox:F0} msg/s ({Messages} messages, 100 per transaction)");
    Console.WriteLine($"ratio outbox/raw:             {outbox / raw:P0}");

    // Timers: stop the host, insert rows due in the past (as if they fell due during downtime), start a host and
    // watch the outbox drain. Their consumer is absent, so this measures the scheduler, not a consumer.
    await app.StopAsync();
    await using (var connection = new NpgsqlConnection(database.AdminConnectionString))
    {
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand($$"""
            insert into outbox_messages (message_id, destination, message_type, body, headers, deliver_at, scheduling_token_id, created_at)
            select gen_random_uuid(), 'queue:benchmark-timers', '{{typeof(ReminderDue).FullName}}, {{typeof(ReminderDue).Assembly.GetName().Name}}',
                   '{"reminderId":"t"}', '{}', now(), gen_random_uuid(), now()
            from generate_series(1, {{Timers}})
            """, connection);
        insert.CommandTimeout = 120;
        await insert.ExecuteNonQueryAsync();
    }

    var timerHost = LedgerHost.Build([
        .. TestTokens.Configuration, .. database.ConnectionStrings(LedgerHost.Database),
        new("ConnectionStrings:rabbitmq", rabbitMq.ToString()), new("Logging:LogLevel:Default", "Warning"),
        new("MessagingOptions:DispatchBatchSize", "500")]);
    var clock = Stopwatch.StartNew();
    await timerHost.StartAsync();
    var marks = new SortedDictionary<double, TimeSpan>();
    double[] wanted = [0.5, 0.9, 0.95, 0.99, 1.0];
    while (marks.Count < wanted.Length)
    {
        var left = await CountAsync("select count(*) from outbox_messages");
        var done = (double)(Timers - left) / Timers;
        foreach (var p in wanted.Where(p => done >= p && !marks.ContainsKey(p)))
        {
            marks[p] = clock.Elapsed;
        }

        await Task.Delay(20);
    }

    Console.WriteLine($"{Timers} timers due at once, dispatched in {marks[1.0].TotalSeconds:F1} s ({Timers / marks[1.0].TotalSeconds:F0}/s); lag from host start:");
    foreach (var (p, at) in marks)
    {
        Console.WriteLine($"  p{p * 100:F0}: {at.TotalMilliseconds:F0} ms");
    }

    await timerHost.StopAsync();
}
finally
{
    await database.DisposeAsync();
}

async Task<double> MeasureAsync(string prefix, Func<string, Task> send)
{
    var before = await CountAsync("select count(*) from side_effects where kind = 'reminder'");
    var clock = Stopwatch.StartNew();
    await send(prefix);
    while (await CountAsync("select count(*) from side_effects where kind = 'reminder'") < before + Messages)
    {
        await Task.Delay(10);
    }

    return Messages / clock.Elapsed.TotalSeconds;
}

async Task<long> CountAsync(string sql)
{
    await using var connection = new NpgsqlConnection(database.AdminConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToInt64(await command.ExecuteScalarAsync());
}
