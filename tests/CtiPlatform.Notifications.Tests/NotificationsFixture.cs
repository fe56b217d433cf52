using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Notifications.Tests;

/// <summary>
/// The notification service on real Kestrel, its own PostgreSQL database and RabbitMQ virtual host (as its own broker
/// user), sending through a <see cref="FakeSidecar"/> on loopback; one per test class. Three attempts 100 ms apart
/// (doubling) keep the retry tests short; tenant B sends e-mail through a binding of its own and retries only after 10 minutes.
/// </summary>
public class NotificationsFixture : IAsyncLifetime
{
    public const int MaxAttempts = 3;
    public const string TenantBEmailBinding = "smtp-odense";

    private IsolatedVirtualHost virtualHost = null!;

    public PostgresDatabase Database { get; } = new();

    public LogCapture Logs { get; } = new();

    public FakeSidecar Sidecar { get; private set; } = null!;

    public ServiceHost Host { get; private set; } = null!;

    public ReminderPublisher Workflow { get; private set; } = null!;

    public IEnumerable<KeyValuePair<string, string?>> Configuration { get; private set; } = [];

    /// <summary>What a fixture for a particular test class adds to, or replaces in, the configuration.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Overrides => [];

    /// <summary>What a fixture for a particular test class registers on top of the service's own (a clock).</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        virtualHost = await IsolatedVirtualHost.CreateAsync();
        Sidecar = await FakeSidecar.StartAsync();
        Configuration =
        [
            .. Database.ConnectionStrings("notifications-db"),
            .. TestMessaging.RabbitMq(await virtualHost.ServiceAddressAsync("notifications")),
            .. TestKeyRings.Fresh(),
            new("DaprOptions:SidecarAddress", Sidecar.Address.ToString()),
            new("NotificationsOptions:Defaults:MaxDeliveryAttempts", MaxAttempts.ToString()),
            new("NotificationsOptions:Defaults:FirstRetryDelay", "00:00:00.100"),
            new($"NotificationsOptions:Tenants:{TestTokens.TenantB}:EmailBinding", TenantBEmailBinding),
            new($"NotificationsOptions:Tenants:{TestTokens.TenantB}:FirstRetryDelay", "00:10:00"),
            .. Overrides,
        ];
        Host = await StartHostAsync();
        Workflow = await ReminderPublisher.StartAsync(virtualHost.Address);
    }

    /// <summary>Starts (another) host of the service on this fixture's database, broker and sidecar.</summary>
    public Task<ServiceHost> StartHostAsync() =>
        NotificationsService.StartAsync(Configuration, services =>
        {
            services.AddLogging(logging => logging.AddProvider(Logs));
            AddServices(services);
        });

    /// <summary>Stops the running host, as a crash or deployment would; <see cref="StartAgainAsync"/> brings up its successor.</summary>
    public Task StopHostAsync() => Host.DisposeAsync().AsTask();

    public async Task StartAgainAsync() => Host = await StartHostAsync();

    public async Task DisposeAsync()
    {
        await Workflow.DisposeAsync();
        await Host.DisposeAsync();
        await Sidecar.DisposeAsync();
        await virtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
