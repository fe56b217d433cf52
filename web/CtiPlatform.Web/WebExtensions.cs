using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Web.Pages.Inbox;
using CtiPlatform.Web.Persistence;
using CtiPlatform.Web.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace CtiPlatform.Web;

public static class WebExtensions
{
    private static readonly CultureInfo[] Cultures = [new("da"), new("en")];

    /// <summary>
    /// The web app: Razor Pages rendered on the server (decision 801), the cookie session with the user's token kept
    /// server-side (802), antiforgery and strict headers (803), and the gateway client that calls the services as her.
    /// </summary>
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        // The request log line carries the full URL; no host writes it (as in every service).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        builder.Services.AddOptions<WebOptions>().BindConfiguration(nameof(WebOptions)).ValidateDataAnnotations()
            .Validate(o => o.PublicOrigin is null || (o.PublicOrigin.IsAbsoluteUri && o.PublicOrigin.AbsolutePath == "/" && o.PublicOrigin.Scheme is "https" or "http"),
                "WebOptions:PublicOrigin must be an origin such as https://cti.kommune.dk, without a path.")
            .ValidateOnStart();
        // Like the platform's edge, 1 MB a request; the action plan's page raises it for itself (decision 821).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);
        builder.AddWebAuthentication();
        builder.AddSharedKeyRing();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = WebAuthentication.AntiforgeryCookie;
            // The antiforgery system refuses "Always" on a plain-HTTP request (the standalone host on loopback); the
            // cookie policy below makes this cookie Secure all the same.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Shelter", Roles.Shelter);
                o.Conventions.AuthorizeFolder("/Committee", Roles.VisitationCommittee);
                // A course's pages serve her worker and the team leads, who decide extensions (decision 818); the list is the worker's own.
                o.Conventions.AuthorizeFolder("/Worker", WebAuthentication.CourseStaff);
                o.Conventions.AuthorizePage("/Worker/Courses", Roles.CtiWorker);
                o.Conventions.AuthorizeFolder("/TeamLead", Roles.TeamLead);
                o.Conventions.AuthorizeFolder("/Admin", Roles.TenantAdmin);
                o.Conventions.AuthorizeFolder("/Inbox", InboxAccess.Policy);
                o.Conventions.AllowAnonymousToPage("/Login");
                o.Conventions.AllowAnonymousToPage("/LoggedOut");
                o.Conventions.AllowAnonymousToPage("/Error");
            })
            // Only this assembly's pages, whichever host (its own, the standalone host) is the entry assembly.
            .ConfigureApplicationPartManager(parts =>
            {
                parts.ApplicationParts.Clear();
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(typeof(WebExtensions).Assembly).GetApplicationParts(typeof(WebExtensions).Assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(InboxAccess.Policy, p => p.RequireAuthenticatedUser().RequireAssertion(c => InboxAccess.Has(c.User)));
        builder.Services.AddScoped<UnreadReminders>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<BearerTokenHandler>();
        builder.Services.AddHttpClient<GatewayClient>((sp, http) =>
                http.BaseAddress = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value.GatewayAddress)
            .AddHttpMessageHandler<BearerTokenHandler>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        builder.Services.AddRequestLocalization(o =>
        {
            // Danish first; English for anyone whose browser asks for it.
            o.DefaultRequestCulture = new RequestCulture("da");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
        });
        return builder;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.UseMiddleware<PublicOrigin>();
        app.UseMiddleware<SecurityHeaders>();
        // Every cookie the app sets is Secure and HttpOnly whatever its own options say (decision 803). Browsers keep
        // Secure cookies on http://127.0.0.1 and localhost, which they count as secure origins, so the standalone works.
        app.UseCookiePolicy(new CookiePolicyOptions
        {
            Secure = CookieSecurePolicy.Always,
            HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always,
            MinimumSameSitePolicy = SameSiteMode.Lax,
        });
        app.UseRequestLocalization();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<SessionEndedRedirect>();
        app.MapHealthChecks("/alive", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapStylesheet();
        app.MapRazorPages();
        return app;
    }
}
