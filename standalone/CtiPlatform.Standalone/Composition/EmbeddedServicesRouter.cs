namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// Hands requests for an embedded service's public paths to that service before the host's own pipeline
/// (routing, authentication) touches them: the service authenticates and authorises them itself.
/// </summary>
internal sealed class EmbeddedServicesRouter(EmbeddedServices services) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (services.Route(context.Request.Path) is { } route)
            {
                await route.Service.HandleAsync(context, route.Path);
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
