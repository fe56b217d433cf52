using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CtiPlatform.Web.Security;

/// <summary>When the gateway refuses the session's token, the session is over: sign out and show the log-in.</summary>
internal sealed class SessionEndedRedirect(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (SessionEndedException) when (!context.Response.HasStarted)
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            context.Response.Redirect("/login?ended=true");
        }
    }
}
