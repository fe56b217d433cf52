using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace CtiPlatform.Testing;

/// <summary>
/// A service host on real Kestrel on a free loopback port, composed with the same <c>AddX</c>/<c>MapX</c> calls
/// its Program.cs makes, with test configuration on top. Tests talk to it over real HTTP.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServiceHost(WebApplication app)
    {
        this.app = app;
        Address = new Uri(app.Urls.First());
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Composes a host without starting it (to test start-up itself).</summary>
    public static WebApplication Build(
        IEnumerable<KeyValuePair<string, string?>> configuration, Action<WebApplicationBuilder> add, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([.. TestTokens.Configuration, .. configuration]);
        add(builder);
        var app = builder.Build();
        map(app);
        return app;
    }

    public static async Task<ServiceHost> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> configuration, Action<WebApplicationBuilder> add, Action<WebApplication> map)
    {
        var app = Build(configuration, add, map);
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
    /// Waits until <c>/health</c> answers 200, as Kubernetes' readiness probe would: the database reachable and every
    /// receive endpoint bound to its queue, so a message published to the service from now on is not dropped.
    /// </summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = Client();
        await Eventually.Until(
            async () =>
            {
                using var response = await client.GetAsync("/health");
                return response.StatusCode;
            },
            status => status == System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the service ready");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
