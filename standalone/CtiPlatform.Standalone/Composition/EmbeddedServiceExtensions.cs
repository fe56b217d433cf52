using CtiPlatform.Gateway;
using CtiPlatform.Gateway.Documentation;
using CtiPlatform.ServiceDefaults.Health;

namespace CtiPlatform.Standalone.Composition;

public static class EmbeddedServiceExtensions
{
    /// <summary>
    /// Embeds a service under <paramref name="pathPrefix"/>: <paramref name="add"/> and <paramref name="map"/> are
    /// the service's own <c>AddX</c>/<c>MapX</c> calls, made on a host of its own after the service defaults. The
    /// prefix is also a gateway route named <paramref name="name"/>, so the edge's limits count on it as they do
    /// behind the gateway; its <c>RateLimitPolicy</c> or <c>MaxRequestBodySize</c> come from configuration.
    /// </summary>
    public static WebApplicationBuilder AddEmbeddedService(
        this WebApplicationBuilder builder, string name, string pathPrefix, Action<WebApplicationBuilder> add, Action<WebApplication> map)
    {
        if (builder.Services.All(d => d.ServiceType != typeof(EmbeddedServices)))
        {
            builder.AddGatewayEdge();
            builder.Services.AddSingleton<EmbeddedServices>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedServices>());
            builder.Services.AddHealthChecks().AddCheck<EmbeddedServicesHealthCheck>("embedded-services", tags: [HealthTags.Ready]);
        }

        builder.Configuration.AddInMemoryCollection([new($"GatewayOptions:Routes:{name}:PathPrefix", pathPrefix)]);
        builder.Services.AddSingleton(new EmbeddedService(name, pathPrefix, add, map));
        return builder;
    }

    /// <summary>
    /// The web app at <c>/</c>; with <paramref name="demoLogin"/> its log-in offers a demo user per role (tokens minted
    /// with the host's own key).
    /// </summary>
    public static WebApplicationBuilder AddEmbeddedWebApp(this WebApplicationBuilder builder, bool demoLogin)
    {
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<EmbeddedWebApp>(sp, demoLogin));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedWebApp>());
        return builder;
    }

    /// <summary>The web app for every path nothing else claims; call before <c>MapDefaultEndpoints</c>.</summary>
    public static WebApplication UseEmbeddedWebApp(this WebApplication app)
    {
        if (app.Services.GetService<EmbeddedWebApp>() is not null)
        {
            app.UseMiddleware<EmbeddedWebAppRouter>();
        }

        return app;
    }

    /// <summary>
    /// The gateway's edge, then the embedded services at their public paths; call after <c>MapDefaultEndpoints</c>,
    /// whose authentication tells the rate limiter who the caller is.
    /// </summary>
    public static WebApplication UseEmbeddedServices(this WebApplication app)
    {
        app.UseGatewayEdge();
        app.UseMiddleware<EmbeddedServicesRouter>();
        return app;
    }

    /// <summary>The API documentation page at <c>/docs</c>, linking every embedded service's OpenAPI document.</summary>
    public static WebApplication MapEmbeddedDocumentation(this WebApplication app)
    {
        var documents = app.Services.GetRequiredService<EmbeddedServices>().All.Select(s => new ApiDocumentLink(s.Name, s.DocumentPath)).ToList();
        app.MapGatewayDocumentation(documents);
        return app;
    }
}
