using Microsoft.Extensions.Options;

namespace CtiPlatform.Gateway.Configuration;

/// <summary>
/// The configured routes, longest prefix first. The edge (limits, rate limiting) finds a request's route by
/// path here, so the same table serves the gateway and the standalone host, where no forwarding happens.
/// </summary>
internal sealed class GatewayRouteTable(IOptions<GatewayOptions> options, TimeProvider time)
{
    public IReadOnlyList<GatewayRoute> Routes { get; } = options.Value.Routes
        .Select(r => new GatewayRoute(r.Key, r.Value, options.Value, time))
        .OrderByDescending(r => r.PathPrefix.Length)
        .ToArray();

    public GatewayRoute? Match(PathString path)
    {
        foreach (var route in Routes)
        {
            if (route.Matches(path))
            {
                return route;
            }
        }

        return null;
    }
}
