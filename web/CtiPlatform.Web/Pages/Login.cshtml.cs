using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CtiPlatform.Web.Pages;

/// <summary>
/// Log-in: with the municipality's identity provider a redirect to it; in the standalone host a choice of demo user
/// per role, whose token is minted with the host's own key and kept in the session (decision 802).
/// </summary>
public sealed class LoginModel(IOptions<DemoLoginOptions> demo, IOptions<JwtOptions> jwt, TimeProvider clock) : PageModel
{
    // Computed on each access, not once: the labels are read in the language of the request.
    public static IReadOnlyList<(string Role, string Label)> DemoRoles =>
    [
        (Roles.Shelter, WebTexts.RoleShelter),
        (Roles.VisitationCommittee, WebTexts.RoleVisitationCommittee),
        (Roles.CtiWorker, WebTexts.RoleCtiWorker),
        (Roles.TeamLead, WebTexts.RoleTeamLead),
        (Roles.TenantAdmin, WebTexts.RoleTenantAdmin),
    ];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Ended { get; set; }

    public IActionResult OnGet()
    {
        if (demo.Value.Enabled)
        {
            return Page();
        }

        // After a session ended (the idle time-out, a renewal refused) the provider must ask for her credentials rather
        // than sign her straight back in from a session of its own: on a shared screen the time-out has to mean a log-in.
        // An expired session still sends its cookie, which is how its end is told from a first visit.
        var ended = Ended || Request.Cookies.ContainsKey(WebAuthentication.SessionCookie);
        var properties = new OpenIdConnectChallengeProperties { RedirectUri = LocalReturnUrl, Prompt = ended ? OpenIdConnectPrompt.Login : null };
        return Challenge(properties, OpenIdConnectDefaults.AuthenticationScheme);
    }

    public async Task<IActionResult> OnPostAsync(string? role)
    {
        if (!demo.Value.Enabled || role is null || !Roles.All.Contains(role))
        {
            return NotFound();
        }

        var options = demo.Value;
        var organisation = role == Roles.Shelter ? options.ShelterOrganisationId : null;
        var subject = $"demo-{role}";
        var token = new SymmetricTokenIssuer(jwt.Value.Issuer, jwt.Value.Audience, jwt.Value.SigningKey!)
            .Issue(subject, [role], options.TenantId, organisation, clock.GetUtcNow(), options.TokenLifetime);
        List<System.Security.Claims.Claim> claims =
        [
            new(CtiClaimTypes.Subject, subject), new(CtiClaimTypes.Role, role), new(CtiClaimTypes.Tenant, options.TenantId),
        ];
        if (organisation is not null)
        {
            claims.Add(new(CtiClaimTypes.Organisation, organisation));
        }

        var (principal, properties) = WebAuthentication.Session(claims, token);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, properties);
        return LocalRedirect(LocalReturnUrl);
    }

    private string LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
