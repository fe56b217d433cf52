namespace CtiPlatform.Gateway.Forwarding;

/// <summary>The path and query a request is sent on with, encoded so the service decodes exactly the path the gateway routed.</summary>
internal static class UpstreamTarget
{
    /// <summary>
    /// Kestrel hands the gateway a path decoded once, and <see cref="PathString.ToUriComponent"/> leaves a literal
    /// <c>%2e</c> in it unescaped: <c>/api/referrals/%252e%252e/x</c> would reach the service as <c>%2e%2e</c>, which
    /// it decodes to <c>..</c> and resolves to another path of its own. Every segment is escaped in full instead,
    /// <c>%</c> included (as YARP does), so what the service decodes is what the gateway matched its route on.
    /// </summary>
    public static string Of(HttpRequest request)
    {
        var path = request.PathBase.Add(request.Path).Value ?? "";
        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + request.QueryString.ToUriComponent();
    }
}
