using System.Diagnostics;
using CtiPlatform.Messaging;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Messaging.TestHost.Contracts;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Measured console run against the local PostgreSQL and RabbitMQ: outbox -> broker -> consumer throughput
// next to raw Publish in the same run, and the dispatch of 100,000 timers falling due at once. The whole run is
// bounded by --deadline-seconds; past it, the run reports what never arrived and exits with 1.
var messages = CommandLineOption.Int(args, "--messages", 3000);
var timers = CommandLineOption.Int(args, "--timers", 100_000);
var deadline = new Deadline(TimeSpan.FromSeconds(CommandLineOption.Int(args, "--deadline-seconds", 600)));

var database = new PostgresDatabase();
await database.InitializeAsync();
try
{
    var rabbitMq = await RabbitMqVirtualHost.AddressAsync();
    await using (var host = await ServiceHost.StartAsync(LedgerHost.Build([
        .. TestTokens.Configuration, .. database.ConnectionStrings(LedgerHost.Database),
        new("ConnectionStrings:rabbitmq", rabbitMq.ToString()), new("Ledger:Consumes", "true"),
        new("Logging:LogLevel:Default", "Warning"), new("MessagingOptions:DispatchBatchSize", "500"),

        // Every not-yet-ready answer to the readiness probe would print an error line.
        new("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "None")])))
    {
        // RabbitMQ drops what is published before the consumer's queue is bound: wait as a readiness probe would.
        await host.WaitUntilReadyAsync(deadline.Remaining);
        var bus = host.Services.GetRequiredService<IBus>();

        var raw = await MeasureAsync("raw", async prefix =>
            await Task.WhenAll(Enumerable.Range(0, messages).Select(i => bus.Publish(new ReminderDue { ReminderId = $"{prefix}{i}" }, c => c.Headers.Set(MessageHeaderNames.TenantId, ChangeWriter.TenantId)))));
        var outbox = await MeasureAsync("outbox", async prefix =>
        {
            foreach (var chunk in Enumerable.Range(0, messages).Chunk(100))
            {
                await using var scope = host.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(ChangeWriter.TenantId, "benchmark");
                var writer = scope.ServiceProvider.GetRequiredService<IOutbox>();
                foreach (var i in chunk)
                {
                    writer.Publish(new ReminderDue { ReminderId = $"{prefix}{i}" });
                }

                await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().SaveChangesAsync();
            }
        });
        Console.WriteLine($"raw Publish -> consumer:     {raw:F0} msg/s ({messages} messages)");
        Console.WriteLine($"outbox -> broker -> consumer: {outbox:F0} msg/s ({messages} messages, 100 per transaction)");
        Console.WriteLine($"ratio outbox/raw:             {outbox / raw:P0}");

        // Timers: stop the host, insert rows due in the past (as if they fell due during downtime), start a host and
        // watch the outbox drain. Their consumer is absent, so this measures the scheduler, not a consumer.
        await host.StopAsync();
    }

    await using (var connection = new NpgsqlConnection(database.AdminConnectionString))
    {
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand($$"""
            insert into outbox_messages (message_id, destination, message_type, body, headers, deliver_at, scheduling_token_id, created_at)
            select gen_random_uuid(), 'queue:benchmark-timers', '{{typeof(ReminderDue).FullName}}, {{typeof(ReminderDue).Assembly.GetName().Name}}',
                   '{"reminderId":"t"}', '{}', now(), gen_random_uuid(), now()
            from generate_series(1, {{timers}})
            """, connection);
        insert.CommandTimeout = 120;
        await insert.ExecuteNonQueryAsync();
    }

    var clock = Stopwatch.StartNew();
    await using var timerHost = await ServiceHost.StartAsync(LedgerHost.Build([
        .. TestTokens.Configuration, .. database.ConnectionStrings(LedgerHost.Database),
        new("ConnectionStrings:rabbitmq", rabbitMq.ToString()), new("Logging:LogLevel:Default", "Warning"),
        new("MessagingOptions:DispatchBatchSize", "500")]));
    var marks = new SortedDictionary<double, TimeSpan>();
    double[] wanted = [0.5, 0.9, 0.95, 0.99, 1.0];
    while (marks.Count < wanted.Length)
    {
        var left = await CountAsync("select count(*) from outbox_messages");
        var done = (double)(timers - left) / timers;
        foreach (var p in wanted.Where(p => done >= p && !marks.ContainsKey(p)))
        {
            marks[p] = clock.Elapsed;
        }

        if (marks.Count < wanted.Length && deadline.HasPassed)
        {
            throw new TimeoutException($"timers: dispatched {timers - left:N0} of {timers:N0}; {left:N0} still in the outbox after {clock.Elapsed.TotalSeconds:F0} s");
        }

        await Task.Delay(20);
    }

    Console.WriteLine($"{timers} timers due at once, dispatched in {marks[1.0].TotalSeconds:F1} s ({timers / marks[1.0].TotalSeconds:F0}/s); lag from host start:");
    foreach (var (p, at) in marks)
    {
        Console.WriteLine($"  p{p * 100:F0}: {at.TotalMilliseconds:F0} ms");
    }

    return 0;
}
catch (TimeoutException lost)
{
    Console.Error.WriteLine($"FAILED within the deadline of {deadline.Length.TotalSeconds:F0} s: {lost.Message}");
    return 1;
}
finally
{
    await database.DisposeAsync();
}

async Task<double> MeasureAsync(string prefix, Func<string, Task> send)
{
    var before = await CountAsync("select count(*) from side_effects where kind = 'reminder'");
    var clock = Stopwatch.StartNew();
    await deadline.WithinAsync(send(prefix), $"{prefix}: sending {messages:N0} messages");
    while (await CountAsync("select count(*) from side_effects where kind = 'reminder'") < before + messages)
    {
        if (deadline.HasPassed)
        {
            throw new TimeoutException(await MissingAsync(prefix));
        }

        await Task.Delay(10);
    }

    return messages / clock.Elapsed.TotalSeconds;
}

async Task<string> MissingAsync(string prefix)
{
    var received = new HashSet<string>(StringComparer.Ordinal);
    await using var connection = new NpgsqlConnection(database.AdminConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("select subject from side_effects where kind = 'reminder' and subject like @prefix", connection);
    command.Parameters.AddWithValue("prefix", prefix + "%");
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            received.Add(reader.GetString(0));
        }
    }

    var missing = Enumerable.Range(0, messages).Select(i => $"{prefix}{i}").Where(id => !received.Contains(id)).ToList();
    return $"{prefix}: received {messages - missing.Count:N0} of {messages:N0}; missing ids {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")}";
}

async Task<long> CountAsync(string sql)
{
    await using var connection = new NpgsqlConnection(database.AdminConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToInt64(await command.ExecuteScalarAsync());
}
