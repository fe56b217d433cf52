using CtiPlatform.Messaging.TestHost.Consumers;
using CtiPlatform.Messaging.TestHost.Persistence;
using CtiPlatform.Messaging.TestHost.Sagas;
using MassTransit;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.TestHost;

/// <summary>The sample service, built with the calls a real service makes; run in-process by tests or as a child process.</summary>
public static class LedgerHost
{
    public const string Database = "ledger-db";

    public static WebApplication Build(IEnumerable<KeyValuePair<string, string?>> configuration, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<LedgerDbContext>(Database);
        builder.Services.AddSingleton<DeliveryAttempts>();
        var ledger = builder.Configuration.GetSection("Ledger").Get<LedgerOptions>() ?? new LedgerOptions();
        builder.AddMessaging<LedgerDbContext>(x =>
        {
            if (ledger.Consumes)
            {
                x.AddConsumer<ChangeCommittedConsumer>(typeof(ChangeCommittedConsumerDefinition));
                x.AddConsumer<ReminderDueConsumer>();
                x.AddConsumer<PoisonPillConsumer>();
                x.AddConsumer<PoisonPillFaultConsumer>();
                x.AddConsumer<NoteAddedConsumer>();
                x.AddSagaStateMachine<TallyStateMachine, TallyState>().EfCoreRepository<LedgerDbContext, TallyState>();
            }
        });
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        return app;
    }
}
