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

    /// <summary>Whether <paramref name="path"/> is the prefix itself or lies below it (segment-wise, like routing).</summary>
    public bool Matches(PathString path) => path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);
}
