using System.Net.Http.Headers;
using CtiPlatform.Web.Security;

namespace CtiPlatform.Web.Gateway;

/// <summary>
/// Puts the signed-in user's access token, read from her server-side session and renewed when it is about to expire, on
/// every call to the gateway, and asks for answers in her language so the services' <c>…Label</c> fields and problem
/// texts come back in it.
/// </summary>
internal sealed class BearerTokenHandler(IHttpContextAccessor accessor, SessionTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("The gateway is called only while serving a page.");
        if (await tokens.AccessTokenAsync(context) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        return await base.SendAsync(request, cancellationToken);
    }
}
