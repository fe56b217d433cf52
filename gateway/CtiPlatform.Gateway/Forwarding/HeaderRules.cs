using System.Collections.Frozen;
using System.Diagnostics;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CtiPlatform.Gateway.Forwarding;

/// <summary>
/// Which headers cross the gateway. Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection and are
/// dropped both ways, with any header the Connection header names. The client's own X-Forwarded-* values are
/// replaced, not appended to: the gateway is the first hop the platform trusts (decision 302), and a client
/// address taken from proxies it was told to trust has already replaced the peer's (decision 308).
/// </summary>
internal static class HeaderRules
{
    private static readonly FrozenSet<string> HopByHop = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        HeaderNames.Connection, HeaderNames.KeepAlive, "Proxy-Connection", HeaderNames.ProxyAuthenticate,
        HeaderNames.ProxyAuthorization, HeaderNames.TE, HeaderNames.Trailer, HeaderNames.TransferEncoding, HeaderNames.Upgrade);

    // X-Original-* hold what trusted proxies had forwarded before the gateway took the client from it (decision 308).
    private static readonly FrozenSet<string> NotForwardedUp = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. HopByHop, HeaderNames.Host, "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Original-For", "X-Original-Proto"]);

    // Server and X-Powered-By would tell the outside which software runs inside; Alt-Svc would point clients past the gateway.
    private static readonly FrozenSet<string> NotForwardedDown = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. HopByHop, HeaderNames.Server, "X-Powered-By", HeaderNames.AltSvc]);

    private static readonly FrozenSet<string> TraceContext = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        HeaderNames.TraceParent, HeaderNames.TraceState, HeaderNames.Baggage);

    public static void CopyRequestHeaders(HttpContext context, HttpRequestMessage request)
    {
        var incoming = context.Request.Headers;
        var named = incoming.Connection.Count == 0 ? null : ConnectionTokens(incoming.Connection);

        // With a current activity, the handler writes traceparent from it (a child of the caller's span);
        // without one, the caller's trace context is passed through untouched.
        var replaceTraceContext = Activity.Current is not null;
        foreach (var (name, values) in incoming)
        {
            if (NotForwardedUp.Contains(name) || (named?.Contains(name) ?? false) || (replaceTraceContext && TraceContext.Contains(name)))
            {
                continue;
            }

            if (!Add(request.Headers, name, values) && request.Content is not null)
            {
                Add(request.Content.Headers, name, values);
            }
        }

        request.Headers.TryAddWithoutValidation("X-Forwarded-For", context.Connection.RemoteIpAddress?.ToString());
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", context.Request.Scheme);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", context.Request.Host.Value);
    }

    public static void CopyResponseHeaders(HttpResponseMessage response, HttpResponse outgoing)
    {
        var named = response.Headers.Connection.Count == 0 ? null : new HashSet<string>(response.Headers.Connection, StringComparer.OrdinalIgnoreCase);
        Copy(response.Headers.NonValidated, outgoing, named);
        Copy(response.Content.Headers.NonValidated, outgoing, named);
    }

    private static void Copy(System.Net.Http.Headers.HttpHeadersNonValidated headers, HttpResponse outgoing, HashSet<string>? named)
    {
        foreach (var (name, values) in headers)
        {
            if (NotForwardedDown.Contains(name) || (named?.Contains(name) ?? false))
            {
                continue;
            }

            outgoing.Headers[name] = values.Count == 1 ? new StringValues(values.ToString()) : new StringValues(values.ToArray());
        }
    }

    private static bool Add(System.Net.Http.Headers.HttpHeaders headers, string name, StringValues values) =>
        values.Count == 1
            ? headers.TryAddWithoutValidation(name, values.ToString())
            : headers.TryAddWithoutValidation(name, values.ToArray());

    private static HashSet<string> ConnectionTokens(StringValues connection)
    {
        var tokens = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in connection)
        {
            foreach (var token in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }
}
