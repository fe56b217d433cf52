using Microsoft.Extensions.Options;

namespace CtiPlatform.Web.Security;

/// <summary>
/// Behind the gateway and a TLS-terminating ingress the app sees plain HTTP to its pod's address. With
/// <see cref="WebOptions.PublicOrigin"/> set, every request takes the scheme and host users reach it at (decision 805),
/// so the identity provider's redirect address and every link are the public HTTPS ones, and cookies are issued as on
/// HTTPS; no forwarded header is read, so nothing a caller writes can change them.
/// </summary>
internal sealed class PublicOrigin(RequestDelegate next, IOptions<WebOptions> options)
{
    private readonly Uri? origin = options.Value.PublicOrigin;

    public Task InvokeAsync(HttpContext context)
    {
        if (origin is not null)
        {
            context.Request.Scheme = origin.Scheme;
            context.Request.Host = HostString.FromUriComponent(origin);
        }

        return next(context);
    }
}
