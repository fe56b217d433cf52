using CtiPlatform.Gateway.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Gateway.Edge;

/// <summary>
/// Puts the edge in front of everything the host maps, including the shared error, localisation and
/// authentication middleware: security headers must be on a 401 too, and a CORS preflight carries no token.
/// </summary>
internal sealed class EdgeStartupFilter(IOptions<GatewayOptions> options, GatewayRouteTable routes) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var defaultLimit = options.Value.MaxRequestBodySize;
        if (options.Value.TrustedProxies.Count > 0)
        {
            // First of all: rate limits partition anonymous callers by address, and HSTS depends on the scheme.
            app.UseForwardedHeaders(TrustedProxyHeaders.Options(options.Value.TrustedProxies));
        }

        app.Use((context, nextMiddleware) =>
        {
            context.Response.OnStarting(SecurityHeaders.Apply, context);

            // Kestrel enforces the limit while the body is read, so a chunked body is cut off too.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = routes.Match(context.Request.Path)?.MaxRequestBodySize ?? defaultLimit;
            }

            return nextMiddleware(context);
        });
        if (options.Value.Cors.AllowedOrigins.Count > 0)
        {
            app.UseCors();
        }

        next(app);
    };
}
