using System.Net;
using System.Net.Sockets;
using CtiPlatform.CourseTracking;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.Gateway;
using CtiPlatform.Notifications;
using CtiPlatform.Notifications.Api;
using CtiPlatform.Referrals;
using CtiPlatform.Referrals.Api;
using CtiPlatform.SafetyPlanning;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.Workflows;
using CtiPlatform.Workflows.Api;

namespace CtiPlatform.Testing.Platform;

/// <summary>
/// Every service of the platform as deployed: each on its own PostgreSQL database and real Kestrel on a loopback port,
/// all on one broker virtual host, and the gateway in front with a route and API document per service.
/// </summary>
public sealed class DistributedPlatform : IAsyncDisposable
{
    /// <summary>The seed decision's participants: Danner's and the homelessness unit's representatives (decision 027).</summary>
    public static readonly string[] CommitteeMembers = ["udvalg-danner", "udvalg-hjemloeseenheden"];

    private readonly List<IAsyncDisposable> resources;

    private DistributedPlatform(Uri gateway, List<IAsyncDisposable> resources)
    {
        Gateway = gateway;
        this.resources = resources;
    }

    /// <summary>The services behind the gateway, by route name; a service added to the platform is added here.</summary>
    public static IReadOnlyList<RoutedService> Services { get; } =
    [
        new("referrals", ReferralsApi.Prefix, "referrals-db",
            b => b.AddReferrals(), a => a.MapReferralsApi(),
            [
                .. TestKeyRings.Fresh(),
                new("ReferralsOptions:Defaults:CommitteeMembers:0", CommitteeMembers[0]),
                new("ReferralsOptions:Defaults:CommitteeMembers:1", CommitteeMembers[1]),
            ],
            MaxRequestBodySize: 5 * 1024 * 1024),
        new("workflows", CoursesApi.Prefix, "workflows-db", b => b.AddWorkflows(), a => a.MapWorkflowsApi(), []),
        new("safetyplanning", SafetyCoursesApi.Prefix, "safetyplanning-db", b => b.AddSafetyPlanning(), a => a.MapSafetyPlanningApi(), [.. TestKeyRings.Fresh()]),
        new("notifications", InboxApi.Prefix, "notifications-db", b => b.AddNotifications(), a => a.MapNotificationsApi(), [.. TestKeyRings.Fresh()]),
        new("coursetracking", TrackedCoursesApi.Prefix, "coursetracking-db", b => b.AddCourseTracking(), a => a.MapCourseTrackingApi(), [.. TestKeyRings.Fresh()]),
    ];

    public Uri Gateway { get; }

    /// <summary>
    /// An address on loopback that nothing listens on now: for a gateway whose address a front end (the web app) must
    /// know before the gateway starts, as a deployment names the gateway's Service before either pod runs.
    /// </summary>
    public static Uri FreeLoopbackAddress()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}");
    }

    /// <summary>Starts every service, each ready, then the gateway.</summary>
    /// <param name="everyHost">Settings of every service and the gateway, e.g. how they validate tokens.</param>
    /// <param name="gatewaySettings">The gateway's own, e.g. a route to a front end or its limits.</param>
    /// <param name="gatewayAddress">Where the gateway listens; a free loopback port when not given.</param>
    public static async Task<DistributedPlatform> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> everyHost, IEnumerable<KeyValuePair<string, string?>> gatewaySettings, Uri? gatewayAddress = null)
    {
        var common = everyHost.ToList();
        var resources = new List<IAsyncDisposable>();
        try
        {
            var virtualHost = await IsolatedVirtualHost.CreateAsync();
            resources.Add(virtualHost);
            var routes = new List<KeyValuePair<string, string?>>();
            foreach (var service in Services)
            {
                var database = new PostgresDatabase();
                await database.InitializeAsync();
                resources.Add(new DisposeAction(database.DisposeAsync));
                var host = await ServiceHost.StartAsync(
                    [.. database.ConnectionStrings(service.Database), .. TestMessaging.RabbitMq(virtualHost.Address), .. service.Settings, .. common],
                    service.Add, service.Map);
                resources.Insert(0, host);
                await host.WaitUntilReadyAsync();
                routes.Add(new($"GatewayOptions:Routes:{service.Name}:PathPrefix", service.PathPrefix));
                routes.Add(new($"GatewayOptions:Routes:{service.Name}:Destinations:0", host.Address.ToString()));
                routes.Add(new($"GatewayOptions:Routes:{service.Name}:OpenApiPath", "/openapi/v1.json"));
                if (service.MaxRequestBodySize is { } limit)
                {
                    routes.Add(new($"GatewayOptions:Routes:{service.Name}:MaxRequestBodySize", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            var gatewayApp = ServiceHost.Build([.. routes, .. common, .. gatewaySettings], b => b.AddGateway(), a => a.MapGateway());
            if (gatewayAddress is not null)
            {
                gatewayApp.Urls.Clear();
                gatewayApp.Urls.Add(gatewayAddress.ToString());
            }

            var gateway = await ServiceHost.StartAsync(gatewayApp);
            resources.Insert(0, gateway);
            return new DistributedPlatform(gateway.Address, resources);
        }
        catch
        {
            await DisposeAllAsync(resources);
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await DisposeAllAsync(resources);

    private static async Task DisposeAllAsync(List<IAsyncDisposable> resources)
    {
        foreach (var resource in resources)
        {
            await resource.DisposeAsync();
        }
    }

    private sealed class DisposeAction(Func<Task> dispose) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await dispose();
    }
}
