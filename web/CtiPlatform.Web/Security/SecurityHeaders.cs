using CtiPlatform.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CtiPlatform.Web.Security;

/// <summary>
/// The pages' strict headers (decision 803): no script runs at all (the pages need none), styles and images only from
/// the app itself, forms post only to the app (and, with OIDC, to the identity provider's log-out), nothing frames the
/// app, and no page is kept in the browser's cache or history store, so "back" after log-out shows nothing of hers.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<OidcOptions> oidc)
{
    private readonly string policy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
        + $"form-action 'self'{FormTarget(oidc.Value)}; frame-ancestors 'none'; base-uri 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = policy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (!context.Request.Path.StartsWithSegments("/css"))
        {
            // As the antiforgery system sets it on pages with a form, so it has nothing to override.
            headers[HeaderNames.CacheControl] = "no-cache, no-store";
            headers[HeaderNames.Pragma] = "no-cache";
        }

        return next(context);
    }

    // Chromium applies form-action to the redirects after a post too: the log-out form ends at the provider.
    private static string FormTarget(OidcOptions oidc) =>
        oidc.IsConfigured && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) ? $" {authority.GetLeftPart(UriPartial.Authority)}" : "";
}
