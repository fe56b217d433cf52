namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// The services the standalone host embeds. They start before the host listens (hosted services start before
/// the server) and are then joined by bridging their buses.
/// </summary>
internal sealed class EmbeddedServices(IEnumerable<EmbeddedService> services, IConfiguration configuration, IHostEnvironment environment)
    : IHostedService
{
    public IReadOnlyList<EmbeddedService> All { get; } = services.ToList();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var service in All)
        {
            await service.StartAsync(configuration, environment, cancellationToken);
        }

        foreach (var service in All)
        {
            service.Bus.ConnectPublishObserver(new BusBridge(All.Where(s => s != service).Select(s => s.Bus).ToList()));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var service in All.Reverse())
        {
            await service.StopAsync(cancellationToken);
        }
    }

    /// <summary>The service a public path belongs to, and the path it is known by inside that service.</summary>
    public (EmbeddedService Service, PathString Path)? Route(PathString path)
    {
        foreach (var service in All)
        {
            if (path.StartsWithSegments(service.PathPrefix))
            {
                return (service, path);
            }

            if (path.Equals(service.DocumentPath, StringComparison.OrdinalIgnoreCase))
            {
                return (service, "/openapi/v1.json");
            }
        }

        return null;
    }
}
