namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// Hands requests for an embedded service's public paths to that service once the host's edge has passed them:
/// the host authenticates only to know whose rate limit a request counts against; the service authenticates
/// and authorises it again itself, as a distributed service does behind the gateway.
/// </summary>
internal sealed class EmbeddedServicesRouter(RequestDelegate next, EmbeddedServices services)
{
    public Task InvokeAsync(HttpContext context) =>
        services.Route(context.Request.Path) is { } route ? route.Service.HandleAsync(context, route.Path) : next(context);
}
