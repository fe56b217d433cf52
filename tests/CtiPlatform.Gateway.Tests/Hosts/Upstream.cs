using System.Net;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Gateway.Tests.Hosts;

/// <summary>A service behind the gateway: real Kestrel on a loopback port, counting the requests it receives.</summary>
public sealed class Upstream : IAsyncDisposable
{
    private readonly WebApplication app;
    private int hits;

    private Upstream(WebApplication app) => this.app = app;

    /// <summary>The base address to configure as a destination, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; private set; } = "";

    public int Hits => Volatile.Read(ref hits);

    /// <summary>A bare service with the endpoints <paramref name="map"/> adds.</summary>
    public static Task<Upstream> StartAsync(Action<WebApplication> map) => StartAsync(map, serviceDefaults: false);

    /// <summary>A service built like the platform's own (service defaults: auth, problem details, OpenAPI).</summary>
    public static Task<Upstream> StartWithServiceDefaultsAsync(Action<WebApplication> map) => StartAsync(map, serviceDefaults: true);

    private static async Task<Upstream> StartAsync(Action<WebApplication> map, bool serviceDefaults)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(TestTokens.Configuration);
        if (serviceDefaults)
        {
            builder.AddServiceDefaults();
        }

        var app = builder.Build();
        var upstream = new Upstream(app);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref upstream.hits);
            return next(context);
        });
        if (serviceDefaults)
        {
            app.MapDefaultEndpoints();
        }

        map(app);
        await app.StartAsync();
        upstream.Address = new Uri(app.Urls.First()).GetLeftPart(UriPartial.Authority);
        return upstream;
    }

    /// <summary>A loopback address nothing listens on: connecting to it is refused.</summary>
    public static string Refusing()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
