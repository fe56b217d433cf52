using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Referrals.Tests;

/// <summary>
/// The referrals service on real Kestrel against its own fresh PostgreSQL database, one per test class.
/// Tenant A's caseload limit is 3 so that the override rule is reachable in a few steps: a new course weighs as phase 1
/// (1.5 by default), so two fit and the third goes beyond.
/// </summary>
public class ReferralsFixture : IAsyncLifetime
{
    public const string FirstMeeting = "2026-01-06";
    public const int TenantACaseloadLimit = 3;

    /// <summary>How many newly approved courses fit within tenant A's limit at the default phase-1 weight.</summary>
    public const int NewCoursesWithinTenantALimit = 2;

    /// <summary>The committee's members besides the workers (seed 001): Danner's and the homelessness unit's representatives.</summary>
    public static readonly KeyValuePair<string, string?>[] CommitteeMembers =
    [
        new("ReferralsOptions:Defaults:CommitteeMembers:0", ReferralsClient.Participants[0]),
        new("ReferralsOptions:Defaults:CommitteeMembers:1", ReferralsClient.Participants[1]),
    ];

    private IsolatedVirtualHost virtualHost = null!;

    public PostgresDatabase Database { get; } = new();

    /// <summary>Everything the service logged, at the levels a deployment logs.</summary>
    public LogCapture Logs { get; } = new();

    public ServiceHost Host { get; private set; } = null!;

    /// <summary>The broker virtual host the service publishes to and consumes from.</summary>
    public Uri Broker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        // A virtual host per fixture: every test class runs its own service instance, and two instances on one
        // virtual host would take turns consuming each other's course events.
        virtualHost = await IsolatedVirtualHost.CreateAsync();
        Broker = virtualHost.Address;
        Host = await ReferralsService.StartAsync(
            [
                .. Database.ConnectionStrings("referrals-db"),
                .. TestMessaging.RabbitMq(Broker),
                .. TestKeyRings.Fresh(),
                new("ReferralsOptions:Defaults:FirstCommitteeMeeting", FirstMeeting),
                .. CommitteeMembers,
                new($"ReferralsOptions:Tenants:{TestTokens.TenantA}:CaseloadLimit", TenantACaseloadLimit.ToString()),
            ],
            services =>
            {
                services.AddLogging(logging => logging.AddProvider(Logs));
                ConfigureServices(services);
            });
    }

    /// <summary>What a fixture for a particular test class adds to, or replaces in, the service's composition.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await virtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
