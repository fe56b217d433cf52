namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// Hands the web app every request no host endpoint (<c>/health</c>, <c>/docs</c>) and no embedded service claims.
/// It runs before the host's authentication: a page request carries the web app's session cookie, not a bearer token,
/// and the web app authenticates and authorises it itself.
/// </summary>
internal sealed class EmbeddedWebAppRouter(RequestDelegate next, EmbeddedServices services, EmbeddedWebApp web)
{
    public Task InvokeAsync(HttpContext context) =>
        context.GetEndpoint() is null && services.Route(context.Request.Path) is null ? web.HandleAsync(context) : next(context);
}
