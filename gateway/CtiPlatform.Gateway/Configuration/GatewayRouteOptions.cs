namespace CtiPlatform.Gateway.Configuration;

/// <summary>One route: a public path prefix and the destinations that serve it.</summary>
public sealed class GatewayRouteOptions
{
    /// <summary>
    /// The prefix of the route that takes every path no other route takes (the web app's pages), except paths under
    /// <c>/api</c>, which stay the services' (decision 805).
    /// </summary>
    public const string CatchAll = "/";

    /// <summary>The public path prefix, e.g. <c>/api/referrals</c>, or <see cref="CatchAll"/>; forwarded unchanged.</summary>
    public string PathPrefix { get; set; } = "";

    /// <summary>Base addresses of the service's instances, e.g. <c>http://referrals:8080</c>; used round-robin.</summary>
    public List<string> Destinations { get; set; } = [];

    /// <summary>Overrides <see cref="GatewayOptions.Timeout"/> for this route.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Overrides <see cref="GatewayOptions.MaxRequestBodySize"/> for this route (e.g. document uploads).</summary>
    public long? MaxRequestBodySize { get; set; }

    /// <summary>Name of an entry in <see cref="GatewayOptions.RateLimits"/> applied on top of the overall limit.</summary>
    public string? RateLimitPolicy { get; set; }

    /// <summary>Path of the service's OpenAPI document on a destination, e.g. <c>/openapi/v1.json</c>; unset = not listed.</summary>
    public string? OpenApiPath { get; set; }

    /// <summary>Lets callers without a token through (for public content such as the web UI's files).</summary>
    public bool AllowAnonymous { get; set; }
}
