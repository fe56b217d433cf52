using System.Net.Http.Headers;
using CtiPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Testing;

/// <summary>
/// A service host on real Kestrel on a free loopback port, composed as every service's Program.cs composes itself —
/// <c>AddServiceDefaults</c>, the service's <c>AddX</c>, <c>MapDefaultEndpoints</c>, its <c>MapX</c> — with test
/// configuration on top. Tests talk to it over real HTTP.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private bool stopped;

    private ServiceHost(WebApplication app)
    {
        this.app = app;
        Address = new Uri(app.Urls.First());
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Composes a host without starting it (to test start-up itself).</summary>
    /// <param name="configuration">Test configuration, on top of the keys that make the host accept <see cref="TestTokens"/>.</param>
    /// <param name="add">The service's <c>AddX</c> calls, made after <c>AddServiceDefaults</c>.</param>
    /// <param name="map">The service's <c>MapX</c> calls, made after <c>MapDefaultEndpoints</c>.</param>
    /// <param name="services">Test doubles, registered after the service's own so that they replace them.</param>
    public static WebApplication Build(
        IEnumerable<KeyValuePair<string, string?>> configuration, Action<WebApplicationBuilder> add, Action<WebApplication> map,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Two sources, so that a test's own keys replace the token keys rather than clash with them.
        builder.Configuration.AddInMemoryCollection(TestTokens.Configuration);
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddServiceDefaults();
        add(builder);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        map(app);
        return app;
    }

    /// <summary>Composes a host as <see cref="Build"/> does and starts it.</summary>
    public static Task<ServiceHost> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> configuration, Action<WebApplicationBuilder> add, Action<WebApplication> map,
        Action<IServiceCollection>? services = null) =>
        StartAsync(Build(configuration, add, map, services));

    /// <summary>Starts a host composed elsewhere (a sample service's own <c>Build</c>) that listens on a loopback port.</summary>
    public static async Task<ServiceHost> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return new ServiceHost(app);
    }

    /// <summary>An HTTP client, with a bearer token for <paramref name="role"/> when one is given.</summary>
    public HttpClient Client(string? role = null, string tenant = TestTokens.TenantA, string? organisationId = null, string? subject = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", TestTokens.Mint(role, tenant, organisationId, subject));
        }

        return client;
    }

    /// <summary>
    /// Waits until <c>/health/details</c> answers 200: the database reachable (what Kubernetes' readiness probe asks) and
    /// the bus connected with every receive endpoint bound to its queue, so a message published to the service from now
    /// on is not dropped.
    /// </summary>
    /// <param name="timeout">The safety bound, 60 seconds unless given.</param>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = Client();
        await Eventually.Until(
            async () =>
            {
                using var response = await client.GetAsync("/health/details");
                return response.StatusCode;
            },
            status => status == System.Net.HttpStatusCode.OK, timeout ?? TimeSpan.FromSeconds(60), "the service ready");
    }

    /// <summary>Stops the host, as a crash or deployment would between two starts; calling it again does nothing.</summary>
    public async Task StopAsync()
    {
        if (!stopped)
        {
            stopped = true;
            await app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }
}
