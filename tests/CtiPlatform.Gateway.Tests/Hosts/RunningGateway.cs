using System.Net.Http.Headers;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Gateway.Tests.Hosts;

/// <summary>The gateway on real Kestrel on a loopback port, composed exactly as its Program.cs composes it.</summary>
public sealed class RunningGateway : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningGateway(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static WebApplication Build(IEnumerable<KeyValuePair<string, string?>> settings, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([.. TestTokens.Configuration, .. settings]);
        builder.AddServiceDefaults();
        builder.AddGateway();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGateway();
        return app;
    }

    public static async Task<RunningGateway> StartAsync(IEnumerable<KeyValuePair<string, string?>> settings, Action<IServiceCollection>? services = null)
    {
        var app = Build(settings, services);
        await app.StartAsync();
        return new RunningGateway(app, new Uri(app.Urls.First()));
    }

    /// <summary>Configuration for one route; <paramref name="extra"/> adds per-route keys such as <c>Timeout</c>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Route(
        string name, string pathPrefix, IEnumerable<string> destinations, params (string Key, string Value)[] extra)
    {
        yield return new($"GatewayOptions:Routes:{name}:PathPrefix", pathPrefix);
        var index = 0;
        foreach (var destination in destinations)
        {
            yield return new($"GatewayOptions:Routes:{name}:Destinations:{index++}", destination);
        }

        foreach (var (key, value) in extra)
        {
            yield return new($"GatewayOptions:Routes:{name}:{key}", value);
        }
    }

    /// <summary>A client whose requests carry a token for <paramref name="role"/>; no role = no token.</summary>
    public HttpClient Client(string? role = Roles.CtiWorker, string? organisation = null, string? subject = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", TestTokens.Mint(role, organisationId: organisation, subject: subject));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
