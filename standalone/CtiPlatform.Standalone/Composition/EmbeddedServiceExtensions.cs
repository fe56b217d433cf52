using CtiPlatform.Gateway.Documentation;
using CtiPlatform.ServiceDefaults.Health;

namespace CtiPlatform.Standalone.Composition;

public static class EmbeddedServiceExtensions
{
    /// <summary>
    /// Embeds a service under <paramref name="pathPrefix"/>: <paramref name="add"/> and <paramref name="map"/> are
    /// the service's own <c>AddX</c>/<c>MapX</c> calls, made on a host of its own after the service defaults.
    /// </summary>
    public static WebApplicationBuilder AddEmbeddedService(
        this WebApplicationBuilder builder, string name, string pathPrefix, Action<WebApplicationBuilder> add, Action<WebApplication> map)
    {
        if (builder.Services.All(d => d.ServiceType != typeof(EmbeddedServices)))
        {
            builder.Services.AddSingleton<EmbeddedServices>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedServices>());
            builder.Services.AddTransient<IStartupFilter, EmbeddedServicesRouter>();
            builder.Services.AddHealthChecks().AddCheck<EmbeddedServicesHealthCheck>("embedded-services", tags: [HealthTags.Ready]);
        }

        builder.Services.AddSingleton(new EmbeddedService(name, pathPrefix, add, map));
        return builder;
    }

    /// <summary>The API documentation page at <c>/docs</c>, linking every embedded service's OpenAPI document.</summary>
    public static WebApplication MapEmbeddedDocumentation(this WebApplication app)
    {
        var documents = app.Services.GetRequiredService<EmbeddedServices>().All.Select(s => new ApiDocumentLink(s.Name, s.DocumentPath)).ToList();
        app.MapGatewayDocumentation(documents);
        return app;
    }
}
