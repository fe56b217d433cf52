using Microsoft.Net.Http.Headers;

namespace CtiPlatform.Gateway.Edge;

/// <summary>
/// Response headers that tell browsers to be strict. A header a service set itself is kept: the web UI
/// will know its own content security policy better than the gateway does.
/// </summary>
internal static class SecurityHeaders
{
    public static Task Apply(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        SetIfAbsent(headers, HeaderNames.XContentTypeOptions, "nosniff");
        SetIfAbsent(headers, HeaderNames.XFrameOptions, "DENY");
        SetIfAbsent(headers, "Referrer-Policy", "no-referrer");
        SetIfAbsent(headers, HeaderNames.ContentSecurityPolicy, "default-src 'none'; frame-ancestors 'none'");
        SetIfAbsent(headers, "Cross-Origin-Opener-Policy", "same-origin");
        if (context.Request.IsHttps)
        {
            SetIfAbsent(headers, HeaderNames.StrictTransportSecurity, "max-age=31536000; includeSubDomains");
        }

        headers.Remove(HeaderNames.Server);
        return Task.CompletedTask;
    }

    private static void SetIfAbsent(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }
}
