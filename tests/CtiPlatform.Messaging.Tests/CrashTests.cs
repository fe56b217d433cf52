using System.Diagnostics;
using CtiPlatform.Messaging.Tests.Infrastructure;
using CtiPlatform.Messaging.TestHost;
using CtiPlatform.Testing;

namespace CtiPlatform.Messaging.Tests;

public sealed class CrashTests
{
    private const int Changes = 1000;

    [Fact]
    public async Task A_writer_killed_mid_run_and_restarted_delivers_each_committed_change_exactly_once_and_no_rolled_back_one()
    {
        await using var producerDb = await FreshDatabase.CreateAsync();
        await using var consumerDb = await FreshDatabase.CreateAsync();
        await using var vhost = await IsolatedVirtualHost.CreateAsync();
        await using var consumer = LedgerHost.Build(LedgerConfiguration.For(consumerDb.Database, vhost.Address, consumes: true));
        await consumer.StartAsync();

        using (var writer = StartWriter(producerDb.Database, vhost.Address, out var lines))
        {
            await WaitForLineAsync(lines, line => line.StartsWith("committed ", StringComparison.Ordinal) && long.Parse(line[10..], System.Globalization.CultureInfo.InvariantCulture) >= 300);
            writer.Kill();
            await writer.WaitForExitAsync();
        }

        var committedBeforeCrash = await LedgerRows.CommittedChangesAsync(producerDb.Database.AdminConnectionString);
        Assert.InRange(committedBeforeCrash.Count, 1, Changes - (Changes / 7) - 1);

        using (var writer = StartWriter(producerDb.Database, vhost.Address, out var lines))
        {
            await WaitForLineAsync(lines, line => line == "done");
            var committed = await LedgerRows.CommittedChangesAsync(producerDb.Database.AdminConnectionString);
            await Eventually.Until(() => LedgerRows.OutboxAsync(producerDb.Database.AdminConnectionString), n => n == 0, TimeSpan.FromMinutes(2), "an empty outbox");
            await Eventually.Until(() => LedgerRows.SideEffectsAsync(consumerDb.Database.AdminConnectionString, "change"),
                n => n >= committed.Count, TimeSpan.FromMinutes(2), "every committed change's side effect");
            writer.Kill();
            await writer.WaitForExitAsync();

            var effects = await LedgerRows.SideEffectListAsync(consumerDb.Database.AdminConnectionString, "change");
            var delivered = effects.Select(e => long.Parse(e.Subject.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(Changes - (Changes / 7), committed.Count);
            Assert.DoesNotContain(delivered, ChangeWriter.IsRolledBack);
            Assert.Equal(committed, delivered);
        }

        await consumer.StopAsync();
    }

    private static Process StartWriter(PostgresDatabase database, Uri rabbitMq, out System.Threading.Channels.ChannelReader<string> lines)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CtiPlatform.Messaging.TestHost.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in LedgerConfiguration.For(database, rabbitMq, consumes: false, writeChanges: Changes))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var channel = System.Threading.Channels.Channel.CreateUnbounded<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                channel.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lines = channel.Reader;
        return process;
    }

    private static async Task WaitForLineAsync(System.Threading.Channels.ChannelReader<string> lines, Func<string, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!match(await lines.ReadAsync(timeout.Token)))
        {
        }
    }
}
