using CtiPlatform.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// The web app inside the standalone host, composed as its own Program.cs composes it (its own container, cookie
/// session, antiforgery and headers) and served at <c>/</c> for every path no service or host endpoint claims. It
/// calls the services through the host's own address with the user's token, as it calls the gateway when distributed.
/// </summary>
internal sealed class EmbeddedWebApp(IConfiguration configuration, IHostEnvironment environment, IServer host, bool demoLogin) : IHostedService
{
    private readonly InProcessServer server = new();
    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebExtensions).Assembly.GetName().Name,
            EnvironmentName = environment.EnvironmentName,
            ContentRootPath = environment.ContentRootPath,
        });
        builder.Configuration.AddConfiguration(configuration);
        // The demo log-in mints tokens with the host's own key, so only when the host made that key (decision 023).
        builder.Configuration.AddInMemoryCollection(
        [
            new("DemoLoginOptions:Enabled", demoLogin ? "true" : "false"),
            new("DemoLoginOptions:TenantId", configuration["DemoOptions:TenantId"]),
            new("DemoLoginOptions:ShelterOrganisationId", configuration["DemoOptions:ShelterOrganisationId"]),
            new("WebOptions:GatewayAddress", configuration["Urls"]?.Split(';')[0]),
        ]);
        builder.Services.AddSingleton<IServer>(server);
        builder.AddWeb();
        // The configured address may name port 0 (the tests do): each client is pointed at where the host really listens.
        builder.Services.AddHttpClient<Web.Gateway.GatewayClient>().ConfigureHttpClient(http => http.BaseAddress = HostAddress());
        app = builder.Build();
        app.MapWeb();
        await app.StartAsync(cancellationToken);
    }

    /// <summary>Runs one request of the host's through the web app's pipeline.</summary>
    public Task HandleAsync(HttpContext context)
    {
        var features = new FeatureCollection();
        foreach (var type in EmbeddedService.TransportFeatures)
        {
            if (context.Features[type] is { } feature)
            {
                features[type] = feature;
            }
        }

        return server.ProcessAsync(features);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
        }
    }

    private Uri HostAddress() =>
        new(host.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The standalone host does not listen yet."));
}
