using System.Net.Http.Headers;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing.Platform;

namespace CtiPlatform.Web.Tests.Distributed;

/// <summary>
/// The platform as the chart deploys it: every service on its own database behind the gateway, the web app as its own
/// host with the gateway routing <c>/</c> to it, and the municipality's identity provider (stood in for on loopback)
/// whose tokens the web app, the gateway and the services accept through its published keys. The browser reaches only
/// the gateway and the identity provider.
/// </summary>
public sealed class DistributedWeb : IAsyncLifetime, IWebPlatform
{
    /// <summary>The provider's access-token lifetime outside the tests of its renewal: longer than any test, as a provider's five minutes are.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The idle time-out of the second replica, which the browser reaches directly, so that a session's end is seen in real time.</summary>
    public static readonly TimeSpan ShortIdleTimeout = TimeSpan.FromSeconds(3);

    private const string Shelter = "krisecenter-nord";

    private static readonly IdentityProviderUser[] Users =
    [
        new("kc-lise", Roles.Shelter, TestTokens.TenantA, Shelter, "Lise fra krisecentret"),
        new("vu-hanne", Roles.VisitationCommittee, TestTokens.TenantA, null, "Hanne fra visitationsudvalget"),
        new("cti-mette", Roles.CtiWorker, TestTokens.TenantA, null, "Mette, CTI-medarbejder"),
        new("cti-sara", Roles.CtiWorker, TestTokens.TenantA, null, "Sara, CTI-medarbejder"),
        new("tl-jonas", Roles.TeamLead, TestTokens.TenantA, null, "Jonas, teamleder"),
        new("adm-karin", Roles.TenantAdmin, TestTokens.TenantA, null, "Karin, administrator"),
    ];

    private LoopbackIdentityProvider? identityProvider;
    private DistributedPlatform? platform;
    private WebReplica? web;
    private WebReplica? shortIdleWeb;
    private Browsers? browsers;

    public LoopbackIdentityProvider IdentityProvider => identityProvider!;

    /// <summary>The gateway: the one address users reach the platform at, pages and API alike.</summary>
    public Uri Address => platform!.Gateway;

    /// <summary>A replica of the web app with a short idle time-out, on its own address beside the gateway.</summary>
    public Uri ShortIdleAddress => shortIdleWeb!.Address;

    public string WorkerSubject => "cti-mette";

    public string OtherWorkerSubject => "cti-sara";

    public string CommitteeMember => DistributedPlatform.CommitteeMembers[0];

    public async Task InitializeAsync()
    {
        identityProvider = await LoopbackIdentityProvider.StartAsync(Users);
        identityProvider.AccessTokenLifetime = AccessTokenLifetime;
        var gateway = DistributedPlatform.FreeLoopbackAddress();
        KeyValuePair<string, string?>[] client = [.. identityProvider.ClientSettings, new("WebOptions:GatewayAddress", gateway.ToString())];
        web = await WebReplica.StartAsync([.. client, new("WebOptions:PublicOrigin", gateway.ToString())]);
        platform = await DistributedPlatform.StartAsync(
            [
                .. identityProvider.ResourceServerSettings,
                // Every test approves its courses to the same worker; the limit itself is tested in the referrals service.
                new("ReferralsOptions:Defaults:CaseloadLimit", "100"),
            ],
            [
                new("GatewayOptions:Routes:web:PathPrefix", "/"),
                new("GatewayOptions:Routes:web:Destinations:0", web.Address.ToString()),
                new("GatewayOptions:Routes:web:AllowAnonymous", "true"),
                new("GatewayOptions:Routes:web:MaxRequestBodySize", "8388608"),
            ],
            gateway);
        shortIdleWeb = await WebReplica.StartAsync([.. client, new("WebOptions:IdleTimeout", ShortIdleTimeout.ToString())]);
        browsers = await Browsers.LaunchAsync();
    }

    public Task<IPage> NewPageAsync(int width = 1280, int height = 900) => NewPageAtAsync(Address, width, height);

    /// <summary>A fresh browser context (no cookies) with one page, at <paramref name="address"/>.</summary>
    public async Task<IPage> NewPageAtAsync(Uri address, int width = 1280, int height = 900)
    {
        var context = await browsers!.NewContextAsync(address, width, height);
        return await context.NewPageAsync();
    }

    /// <summary>Logs in at the identity provider: the app sends the browser there, she picks herself, and the provider posts the code back.</summary>
    public async Task LogInAsync(IPage page, string role) => await LogInAsAsync(page, Users.First(u => u.Role == role).Label);

    public async Task LogInAsAsync(IPage page, string label)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud", Exact = true }).WaitForAsync();
    }

    /// <summary>
    /// A shelter user logged in while the provider issues access tokens of 45 seconds: less than the app's minute of
    /// <c>RefreshBefore</c>, so every call to the gateway renews the token first. Disposing the scope restores the lifetime.
    /// </summary>
    public async Task<(IPage Page, IDisposable Scope)> ShelterWithShortLivedTokensAsync()
    {
        IdentityProvider.AccessTokenLifetime = TimeSpan.FromSeconds(45);
        var scope = new LifetimeRestored(IdentityProvider);
        var page = await NewPageAsync();
        await LogInAsync(page, Roles.Shelter);
        return (page, scope);
    }

    public HttpClient Api(string role)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IdentityProvider.AccessTokenFor(Users.First(u => u.Role == role)));
        return client;
    }

    public async Task DisposeAsync()
    {
        if (browsers is not null)
        {
            await browsers.DisposeAsync();
        }

        if (platform is not null)
        {
            await platform.DisposeAsync();
        }

        if (web is not null)
        {
            await web.DisposeAsync();
        }

        if (shortIdleWeb is not null)
        {
            await shortIdleWeb.DisposeAsync();
        }

        if (identityProvider is not null)
        {
            await identityProvider.DisposeAsync();
        }
    }

    private sealed class LifetimeRestored(LoopbackIdentityProvider provider) : IDisposable
    {
        public void Dispose() => provider.AccessTokenLifetime = AccessTokenLifetime;
    }
}
