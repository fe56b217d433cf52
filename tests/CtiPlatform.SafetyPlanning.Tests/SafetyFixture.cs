using CtiPlatform.Domain;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// The safety planning service on real Kestrel against its own fresh PostgreSQL database and broker virtual host, one
/// per test class, connected as its own broker user (charts/cti-platform/broker-permissions.json), on a clock the test
/// moves; and a second bus on that virtual host that plays the other services.
/// </summary>
public sealed class SafetyFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    /// <summary>Everything the service logged.</summary>
    public LogCapture Logs { get; } = new();

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Today's Danish date on <see cref="Clock"/>.</summary>
    public DateOnly Today => CopenhagenCalendar.DateAt(Clock.GetUtcNow());

    /// <summary>The second municipality's own risk checklist: three items, medium from one yes and high from three.</summary>
    public static KeyValuePair<string, string?>[] OwnRiskChecklist { get; } =
    [
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:RiskItems:0:Key", "Trusler"),
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:RiskItems:0:Text", "Der er fremsat trusler."),
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:RiskItems:1:Key", "Forfoelgelse"),
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:RiskItems:1:Text", "Hun bliver fulgt efter."),
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:RiskItems:2:Key", "Boern"),
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:RiskItems:2:Text", "Børnene er inddraget."),
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:MediumRiskFrom", "1"),
        new($"SafetyPlanningOptions:Tenants:{TestTokens.TenantB}:HighRiskFrom", "3"),
    ];

    /// <summary>The service's personal-data and contact-matching rings, for a second host on the same data.</summary>
    public KeyValuePair<string, string?>[] KeyRing { get; } = [.. TestKeyRings.Fresh()];

    public IsolatedVirtualHost VirtualHost { get; private set; } = null!;

    public ServiceHost Host { get; private set; } = null!;

    public PlatformBus Bus { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        VirtualHost = await IsolatedVirtualHost.CreateAsync();
        Host = await SafetyService.StartAsync(
            [
                .. Database.ConnectionStrings("safetyplanning-db"),
                .. TestMessaging.RabbitMq(await VirtualHost.ServiceAddressAsync("safetyplanning")),
                .. KeyRing,
                .. OwnRiskChecklist,
            ],
            services =>
            {
                services.AddLogging(logging => logging.AddProvider(Logs));
                services.AddSingleton<TimeProvider>(Clock);
            });
        Bus = await PlatformBus.StartAsync(VirtualHost.Address);
    }

    public async Task DisposeAsync()
    {
        await Bus.DisposeAsync();
        await Host.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
