using CtiPlatform.Messaging.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// The child process of the crash test: configuration comes from environment variables, progress goes to
// standard output as "committed N" lines, which the test reads to know when to kill it.
var app = LedgerHost.Build([]);
await app.StartAsync();
var ledger = app.Configuration.GetSection("Ledger").Get<LedgerOptions>() ?? new LedgerOptions();
if (ledger.WriteChanges > 0)
{
    await ChangeWriter.WriteAsync(app.Services, ledger.WriteChanges, ledger.Aggregates, id => Console.WriteLine($"committed {id}"), app.Lifetime.ApplicationStopping);
    Console.WriteLine("done");
}

await app.WaitForShutdownAsync();
