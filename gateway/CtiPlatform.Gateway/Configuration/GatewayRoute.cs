using CtiPlatform.Gateway.Forwarding;

namespace CtiPlatform.Gateway.Configuration;

/// <summary>A route as the gateway uses it: its options resolved against the gateway-wide defaults.</summary>
internal sealed class GatewayRoute(string name, GatewayRouteOptions route, GatewayOptions gateway, TimeProvider time)
{
    public string Name { get; } = name;

    public string PathPrefix { get; } = route.PathPrefix;

    public TimeSpan Timeout { get; } = route.Timeout ?? gateway.Timeout;

    public long MaxRequestBodySize { get; } = route.MaxRequestBodySize ?? gateway.MaxRequestBodySize;

    public string? RateLimitPolicy { get; } = route.RateLimitPolicy;

    public string? OpenApiPath { get; } = route.OpenApiPath;

    public bool AllowAnonymous { get; } = route.AllowAnonymous;

    public DestinationPool Destinations { get; } = new(route.Destinations, gateway.EjectionPeriod, time);

    /// <summary>The catch-all route (<c>/</c>, the web app's): it takes what no other route does (decision 805).</summary>
    public bool IsCatchAll => PathPrefix == GatewayRouteOptions.CatchAll;

    /// <summary>Whether <paramref name="path"/> is the prefix itself or lies below it (segment-wise, like routing).</summary>
    public bool Matches(PathString path) => IsCatchAll || path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);
}
