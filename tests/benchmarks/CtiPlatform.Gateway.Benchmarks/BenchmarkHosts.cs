using CtiPlatform.Gateway;
using CtiPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>The processes under test: the service, and the gateway in front of it.</summary>
internal static class BenchmarkHosts
{
    public const string Issuer = "cti-benchmark";
    public const string Audience = "cti-platform";
    public const string Path = "/api/bench/status";

    public static async Task<int> RunServiceAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(Path, () => Results.Json(new { status = "ok", service = "bench", version = 1 }));
        await app.RunAsync();
        return 0;
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
        await app.RunAsync();
        return 0;
    }
}
