using CtiPlatform.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Web.Pages;

/// <summary>"Log ud": a post with its antiforgery token; ends the session here and, with OIDC, at the provider.</summary>
public sealed class LogoutModel(IOptions<OidcOptions> oidc) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost()
    {
        var properties = new AuthenticationProperties { RedirectUri = "/logged-out" };
        return oidc.Value.IsConfigured
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
