using System.Security.Claims;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CtiPlatform.Web.Security;

/// <summary>
/// The backend-for-frontend's sign-in (decision 802): a cookie session whose ticket holds the user's access token
/// server-side, filled either by the municipality's identity provider (OIDC) or, in the standalone host only, by the
/// demo log-in. The browser never sees the token: the cookie is encrypted by data protection and HttpOnly.
/// </summary>
public static class WebAuthentication
{
    public const string SessionCookie = "__Host-cti-session";
    public const string AntiforgeryCookie = "__Host-cti-antiforgery";
    public const string AccessToken = "access_token";

    /// <summary>The policy of a course's pages: her worker or a team lead of the municipality (decision 818).</summary>
    public const string CourseStaff = "course-staff";

    public static WebApplicationBuilder AddWebAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OidcOptions>().BindConfiguration(nameof(OidcOptions)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddOptions<DemoLoginOptions>().BindConfiguration(nameof(DemoLoginOptions))
            .Validate<IOptions<OidcOptions>>((demo, oidc) => demo.Enabled != oidc.Value.IsConfigured,
                "Exactly one of OidcOptions:Authority and DemoLoginOptions:Enabled must be set.")
            .ValidateOnStart();
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(nameof(JwtOptions));

        var oidcConfigured = builder.Configuration.GetSection(nameof(OidcOptions)).Get<OidcOptions>()?.IsConfigured == true;
        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        });
        authentication.AddCookie();
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) =>
            {
                // __Host-: Secure, path /, no domain, so no sibling host can set or read it.
                cookie.Cookie.Name = SessionCookie;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                // Lax, not Strict: the identity provider's redirect back is a cross-site navigation, and a Strict
                // cookie would be missing on the first page after it. Every form also carries an antiforgery token.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = web.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.AccessDeniedPath = "/forbidden";
            });

        if (oidcConfigured)
        {
            authentication.AddOpenIdConnect();
            builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
                .Configure<IOptions<OidcOptions>>((oidc, options) => Configure(oidc, options.Value));
        }

        builder.Services.AddAuthorization(options =>
        {
            foreach (var role in Roles.All)
            {
                options.AddPolicy(role, p => p.RequireAuthenticatedUser().RequireClaim(CtiClaimTypes.Role, role));
            }

            options.AddPolicy(CourseStaff, p => p.RequireAuthenticatedUser().RequireClaim(CtiClaimTypes.Role, Roles.CtiWorker, Roles.TeamLead));
            options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        return builder;
    }

    /// <summary>The cookie session's principal for a user of <paramref name="claims"/>, carrying her access token.</summary>
    public static (ClaimsPrincipal Principal, AuthenticationProperties Properties) Session(IEnumerable<Claim> claims, string accessToken)
    {
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, CtiClaimTypes.Subject, CtiClaimTypes.Role);
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = AccessToken, Value = accessToken }]);
        return (new ClaimsPrincipal(identity), properties);
    }

    private static void Configure(OpenIdConnectOptions oidc, OidcOptions options)
    {
        oidc.Authority = options.Authority;
        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        oidc.SaveTokens = true;
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.TokenValidationParameters.NameClaimType = CtiClaimTypes.Subject;
        oidc.TokenValidationParameters.RoleClaimType = CtiClaimTypes.Role;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        foreach (var scope in options.Scopes)
        {
            oidc.Scope.Add(scope);
        }

        // The session's ticket keeps the access, ID and refresh tokens: SessionTokens renews the access token before it
        // expires (decision 808). Once the ticket has expired with the idle time-out, its refresh token is never used again.
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
    }
}
