using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Gateway.Configuration;

/// <summary>
/// Checks <see cref="GatewayOptions"/> on start, so a mistyped route or limit stops the host with a message
/// naming the key instead of surfacing as odd traffic later. The standalone host uses the routes for their
/// limits only, so destinations are required only where the gateway forwards.
/// </summary>
internal sealed partial class GatewayOptionsValidator(bool requireDestinations) : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var errors = new List<string>();
        if (requireDestinations && options.Routes.Count == 0)
        {
            errors.Add("GatewayOptions:Routes is empty: the gateway needs at least one route.");
        }

        Positive(errors, "GatewayOptions:MaxRequestBodySize", options.MaxRequestBodySize);
        Positive(errors, "GatewayOptions:MaxRequestHeadersTotalSize", options.MaxRequestHeadersTotalSize);
        Positive(errors, "GatewayOptions:MaxRequestHeaderCount", options.MaxRequestHeaderCount);
        Positive(errors, "GatewayOptions:Timeout", options.Timeout);
        Positive(errors, "GatewayOptions:EjectionPeriod", options.EjectionPeriod);
        ValidateLimit(errors, "GatewayOptions:OverallRateLimit", options.OverallRateLimit);
        foreach (var (policy, limit) in options.RateLimits)
        {
            ValidateLimit(errors, $"GatewayOptions:RateLimits:{policy}", limit);
        }

        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (route, settings) in options.Routes)
        {
            ValidateRoute(errors, options, route, settings, prefixes);
        }

        foreach (var network in options.TrustedProxies)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                errors.Add($"GatewayOptions:TrustedProxies has '{network}', which is not a network like 10.0.0.0/8 or 192.168.1.10/32.");
            }
        }

        foreach (var origin in options.Cors.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.PathAndQuery != "/")
            {
                errors.Add($"GatewayOptions:Cors:AllowedOrigins has '{origin}', which is not an origin like https://example.dk.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private void ValidateRoute(List<string> errors, GatewayOptions options, string route, GatewayRouteOptions settings, HashSet<string> prefixes)
    {
        var key = $"GatewayOptions:Routes:{route}";

        // The name becomes the API document's path (/openapi/{name}.json); v1 is the gateway's own document.
        if (!RouteName().IsMatch(route) || route == "v1")
        {
            errors.Add($"{key}: the route name must be a lowercase slug (a-z, 0-9, '-') other than 'v1'.");
        }

        // '/' is the catch-all (the web app's pages); every other prefix names a path below it.
        if (settings.PathPrefix != GatewayRouteOptions.CatchAll
            && (!settings.PathPrefix.StartsWith('/') || settings.PathPrefix.EndsWith('/') || settings.PathPrefix.Contains('{')))
        {
            errors.Add($"{key}:PathPrefix must start with '/', not end with '/' and hold no route parameters, or be '/' alone (was '{settings.PathPrefix}').");
        }
        else if (!prefixes.Add(settings.PathPrefix))
        {
            errors.Add($"{key}:PathPrefix '{settings.PathPrefix}' is used by another route.");
        }

        if (requireDestinations && settings.Destinations.Count == 0)
        {
            errors.Add($"{key}:Destinations is empty: the route needs at least one destination.");
        }

        for (var i = 0; i < settings.Destinations.Count; i++)
        {
            var destination = settings.Destinations[i];
            if (!Uri.TryCreate(destination, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.PathAndQuery != "/" || !string.IsNullOrEmpty(uri.UserInfo))
            {
                errors.Add($"{key}:Destinations:{i} must be a base address like http://referrals:8080 without a path (was '{destination}').");
            }
        }

        if (settings.Timeout is { } timeout)
        {
            Positive(errors, $"{key}:Timeout", timeout);
        }

        if (settings.MaxRequestBodySize is { } size)
        {
            Positive(errors, $"{key}:MaxRequestBodySize", size);
        }

        if (settings.RateLimitPolicy is { } policy && !options.RateLimits.ContainsKey(policy))
        {
            errors.Add($"{key}:RateLimitPolicy names '{policy}', which is not defined under GatewayOptions:RateLimits.");
        }

        if (settings.OpenApiPath is { } openApi && !openApi.StartsWith('/'))
        {
            errors.Add($"{key}:OpenApiPath must start with '/' (was '{openApi}').");
        }
    }

    private static void ValidateLimit(List<string> errors, string key, RateLimitPolicyOptions limit)
    {
        Positive(errors, $"{key}:PermitLimit", limit.PermitLimit);
        Positive(errors, $"{key}:Window", limit.Window);
        foreach (var method in limit.Methods)
        {
            if (string.IsNullOrWhiteSpace(method) || method.Any(char.IsWhiteSpace))
            {
                errors.Add($"{key}:Methods has '{method}', which is not an HTTP method.");
            }
        }
    }

    private static void Positive(List<string> errors, string key, long value)
    {
        if (value <= 0)
        {
            errors.Add($"{key} must be greater than zero (was {value}).");
        }
    }

    private static void Positive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key} must be a positive duration such as 00:00:30 (was {value}).");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex RouteName();
}
