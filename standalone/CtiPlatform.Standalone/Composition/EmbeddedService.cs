using CtiPlatform.ServiceDefaults;
using MassTransit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// One service inside the standalone host, composed exactly as its own Program.cs composes it — its own DI
/// container, SQLite database, in-memory bus and middleware — and reached in process at its public path.
/// </summary>
internal sealed class EmbeddedService(
    string name, string pathPrefix, Action<WebApplicationBuilder> add, Action<WebApplication> map)
{
    // Only what the connection itself provides crosses over; the service builds its own request services,
    // routing, authentication and items on top, exactly as behind a real socket.
    internal static readonly Type[] TransportFeatures =
    [
        typeof(IHttpRequestFeature), typeof(IHttpResponseFeature), typeof(IHttpResponseBodyFeature), typeof(IHttpConnectionFeature),
        typeof(IHttpRequestLifetimeFeature), typeof(IHttpRequestIdentifierFeature), typeof(IHttpRequestBodyDetectionFeature),
        typeof(IHttpMaxRequestBodySizeFeature), typeof(IHttpBodyControlFeature), typeof(IHttpRequestTrailersFeature),
        typeof(IHttpResponseTrailersFeature), typeof(IHttpResetFeature), typeof(IHttpUpgradeFeature), typeof(ITlsConnectionFeature),
        typeof(IHttpMinRequestBodyDataRateFeature), typeof(IHttpMinResponseDataRateFeature),
    ];

    private readonly InProcessServer server = new();
    private WebApplication? app;

    public string Name { get; } = name;

    public string PathPrefix { get; } = pathPrefix;

    /// <summary>Where the standalone host serves this service's OpenAPI document.</summary>
    public string DocumentPath => $"/openapi/{Name}.json";

    public IBus Bus => app!.Services.GetRequiredService<IBus>();

    public async Task StartAsync(IConfiguration configuration, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment.EnvironmentName,
            ContentRootPath = environment.ContentRootPath,
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddSingleton<IServer>(server);
        builder.AddServiceDefaults();
        add(builder);
        app = builder.Build();
        app.MapDefaultEndpoints();
        map(app);
        await app.StartAsync(cancellationToken);
    }

    /// <summary>Runs one request of the host's through this service's pipeline, at <paramref name="path"/>.</summary>
    public Task HandleAsync(HttpContext context, PathString path)
    {
        var features = new FeatureCollection();
        foreach (var type in TransportFeatures)
        {
            if (context.Features[type] is { } feature)
            {
                features[type] = feature;
            }
        }

        context.Features.GetRequiredFeature<IHttpRequestFeature>().Path = path;
        return server.ProcessAsync(features);
    }

    public Task<HealthReport> CheckReadinessAsync(CancellationToken cancellationToken) =>
        app!.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains(ServiceDefaults.Health.HealthTags.Ready), cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
        }
    }
}
