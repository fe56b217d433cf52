using CtiPlatform.Gateway;
using CtiPlatform.Gateway.Configuration;
using CtiPlatform.Gateway.Forwarding;
using CtiPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>The processes under test: the service, and the gateway in front of it.</summary>
internal static class BenchmarkHosts
{
    public const string Issuer = "cti-benchmark";
    public const string Audience = "cti-platform";
    public const string Path = "/api/bench/status";

    /// <summary>The line a host writes to standard output once it listens, so the benchmark need not poll it.</summary>
    public const string ReadyLine = "cti-benchmark-host-ready";

    public static async Task<int> RunServiceAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(Path, () => Results.Json(new { status = "ok", service = "bench", version = 1 }));
        return await RunUntilStoppedAsync(app);
    }

    /// <summary>
    /// The forwarder alone, without the edge (authentication, rate limiting, localisation, problem details):
    /// run beside the full gateway, it shows how the cost divides between forwarding and the edge.
    /// </summary>
    public static async Task<int> RunForwarderAsync(int port, string service)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(_ => new HttpMessageInvoker(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false }));
        builder.Services.AddSingleton<HttpForwarder>();
        var app = builder.Build();
        var settings = new GatewayOptions();
        var route = new GatewayRoute("bench", new GatewayRouteOptions { PathPrefix = "/api/bench", Destinations = [service] }, settings, TimeProvider.System);
        var forwarder = app.Services.GetRequiredService<HttpForwarder>();
        app.Map("/api/bench/{**rest}", context => forwarder.ForwardAsync(context, route));
        return await RunUntilStoppedAsync(app);
    }

    public static async Task<int> RunGatewayAsync(int port, string service, string signingKey)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JwtOptions:Issuer"] = Issuer,
            ["JwtOptions:Audience"] = Audience,
            ["JwtOptions:SigningKey"] = signingKey,
            ["GatewayOptions:Routes:bench:PathPrefix"] = "/api/bench",
            ["GatewayOptions:Routes:bench:Destinations:0"] = service,

            // The limit would otherwise be the thing measured.
            ["GatewayOptions:OverallRateLimit:PermitLimit"] = "1000000000",
            ["GatewayOptions:OverallRateLimit:Window"] = "01:00:00",

            // nginx runs with access_log off; the gateway's per-request line is switched off to match.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddServiceDefaults();
        builder.AddGateway();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGateway();
        return await RunUntilStoppedAsync(app);
    }

    private static async Task<int> RunUntilStoppedAsync(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(ReadyLine));
        await app.RunAsync();
        return 0;
    }
}
