using Microsoft.AspNetCore.HttpOverrides;

namespace CtiPlatform.Gateway.Edge;

/// <summary>
/// Reads the client's address and scheme from <c>X-Forwarded-For</c>/<c>-Proto</c>, but only as far as the chain
/// consists of proxies in <c>GatewayOptions:TrustedProxies</c> (decision 308). Whatever a client wrote into
/// those headers itself stops at the first untrusted hop, so it cannot choose its own rate-limit budget.
/// </summary>
internal static class TrustedProxyHeaders
{
    public static ForwardedHeadersOptions Options(IEnumerable<string> trustedNetworks)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,

            // Walk back through every trusted hop (a CDN in front of the ingress), not just the last one.
            ForwardLimit = null,
        };

        // The framework trusts loopback by default; here only what is configured is trusted.
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var network in trustedNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;
    }
}
