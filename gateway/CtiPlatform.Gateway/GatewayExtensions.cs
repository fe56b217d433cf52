using System.Net;
using CtiPlatform.Gateway.Configuration;
using CtiPlatform.Gateway.Documentation;
using CtiPlatform.Gateway.Edge;
using CtiPlatform.Gateway.Forwarding;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Gateway;

/// <summary>
/// The gateway's composition: <see cref="AddGateway"/>/<see cref="MapGateway"/> for the proxy host, and the
/// edge alone (<see cref="AddGatewayEdge"/>/<see cref="UseGatewayEdge"/>) for the standalone host, which serves
/// the same public paths in process.
/// </summary>
public static class GatewayExtensions
{
    private const string ApiPrefix = "/api";

    /// <summary>
    /// The edge without forwarding: <c>GatewayOptions</c> bound and validated, request body and header limits,
    /// security headers, CORS when configured and per-caller rate limits by route prefix.
    /// </summary>
    public static WebApplicationBuilder AddGatewayEdge(this WebApplicationBuilder builder) => builder.AddEdge(requireDestinations: false);

    /// <summary>The edge plus forwarding to the configured destinations.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.AddEdge(requireDestinations: true);
        builder.Services.AddSingleton(_ => new HttpMessageInvoker(CreateHandler()));
        builder.Services.AddSingleton<HttpForwarder>();
        builder.Services.AddSingleton<OpenApiDocumentProxy>();
        return builder;
    }

    /// <summary>The rate limiter; call after <c>MapDefaultEndpoints</c> so it sees the authenticated caller.</summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The edge, one forwarding endpoint per route, each route's API document and the documentation page.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseGatewayEdge();
        var forwarder = app.Services.GetRequiredService<HttpForwarder>();
        var documents = app.Services.GetRequiredService<OpenApiDocumentProxy>();
        var links = new List<ApiDocumentLink>();
        foreach (var route in app.Services.GetRequiredService<GatewayRouteTable>().Routes)
        {
            // The catch-all also matches the prefix itself, so /api/referrals and /api/referrals/42 both route here.
            // Literal segments outrank a catch-all, so the route of '/' takes only what no other endpoint takes.
            var pattern = route.IsCatchAll ? "/{**rest}" : route.PathPrefix + "/{**rest}";
            var endpoint = app.Map(pattern, context => forwarder.ForwardAsync(context, route))
                .WithDisplayName($"gateway route {route.Name}")
                .ExcludeFromDescription();
            if (route.AllowAnonymous)
            {
                endpoint.AllowAnonymous();
            }
            else
            {
                // Authentication only: which role may do what is the service's decision, made again there.
                endpoint.RequireAuthorization();
            }

            if (route.OpenApiPath is { } documentPath)
            {
                var url = $"/openapi/{route.Name}.json";
                app.MapGet(url, (CancellationToken cancellationToken) => documents.GetAsync(route, documentPath, cancellationToken))
                    .ExcludeFromDescription()
                    .AllowAnonymous();
                links.Add(new ApiDocumentLink(route.Name, url));
            }
        }

        // A path under /api that no service's route takes is an API caller's mistake: it gets the gateway's 404 problem,
        // never the web app's log-in page behind the catch-all (decision 805).
        if (app.Services.GetRequiredService<GatewayRouteTable>().Routes.Any(r => r.IsCatchAll))
        {
            app.Map(ApiPrefix + "/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound))
                .WithDisplayName("gateway unknown API path")
                .ExcludeFromDescription()
                .AllowAnonymous();
        }

        app.MapGatewayDocumentation(links);
        return app;
    }

    private static WebApplicationBuilder AddEdge(this WebApplicationBuilder builder, bool requireDestinations)
    {
        builder.Services.AddOptions<GatewayOptions>()
            .BindConfiguration(nameof(GatewayOptions))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewayOptions>>(new GatewayOptionsValidator(requireDestinations));
        builder.Services.AddSingleton<GatewayRouteTable>();
        builder.Services.AddTransient<IStartupFilter, EdgeStartupFilter>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<GatewayOptions>>((kestrel, options) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestHeadersTotalSize = options.Value.MaxRequestHeadersTotalSize;
            kestrel.Limits.MaxRequestHeaderCount = options.Value.MaxRequestHeaderCount;
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBodySize;
        });
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<GatewayOptions>>((cors, options) => cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. options.Value.Cors.AllowedOrigins])
                .AllowAnyHeader()
                .AllowAnyMethod()
                .WithExposedHeaders("Retry-After")));
        GatewayRateLimiting.AddTo(builder.Services);
        builder.Services.AddSingleton<ValidatedTokenCache>();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<ValidatedTokenCache>((bearer, cache) => cache.Attach(bearer));
        return builder;
    }

    private static SocketsHttpHandler CreateHandler() => new()
    {
        // A proxy passes things through as they are: no cookies, no redirects followed, no decompression.
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        EnableMultipleHttp2Connections = true,
    };
}
