namespace CtiPlatform.Gateway.Configuration;

/// <summary>
/// The gateway's configuration, section <c>GatewayOptions</c>. Routes map a public path prefix to the
/// services behind it; the limits apply at the edge before any service sees a request.
/// </summary>
public sealed class GatewayOptions
{
    /// <summary>Routes by name (a lowercase slug, also the name of the route's API document).</summary>
    public Dictionary<string, GatewayRouteOptions> Routes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Largest request body in bytes on routes that set no limit of their own (1 MB).</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Largest total size of a request's headers in bytes; larger gets 431.</summary>
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    /// <summary>Most headers a request may carry; more gets 431.</summary>
    public int MaxRequestHeaderCount { get; set; } = 64;

    /// <summary>How long a service may take to answer (response headers) on routes that set no timeout of their own.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a destination that failed is left out of the rotation.</summary>
    public TimeSpan EjectionPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The per-caller limit over every route together.</summary>
    public RateLimitPolicyOptions OverallRateLimit { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Named per-caller limits that routes refer to with <see cref="GatewayRouteOptions.RateLimitPolicy"/>.</summary>
    public Dictionary<string, RateLimitPolicyOptions> RateLimits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Networks of the proxies in front of the gateway (the ingress controller, a load balancer), as CIDR blocks such
    /// as <c>10.0.0.0/8</c>. Only from these is a client's address taken out of <c>X-Forwarded-For</c> (and the
    /// scheme out of <c>X-Forwarded-Proto</c>); empty means no one is trusted and the peer's address is the client's.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Cross-origin access; off unless origins are listed.</summary>
    public CorsOptions Cors { get; set; } = new();
}
