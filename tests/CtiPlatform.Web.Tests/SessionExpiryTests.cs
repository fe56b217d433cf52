namespace CtiPlatform.Web.Tests;

/// <summary>A host of its own whose sessions end after three idle seconds, so the expiry is seen in real time.</summary>
public sealed class SessionExpiryTests : IAsyncLifetime
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(3);

    private StandaloneProcess? host;
    private Browsers? browsers;

    public async Task InitializeAsync()
    {
        host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(120), "--WebOptions:IdleTimeout", IdleTimeout.ToString());
        browsers = await Browsers.LaunchAsync();
    }

    [Fact]
    public async Task An_idle_session_expires_and_the_next_page_returns_to_the_login()
    {
        var context = await browsers!.NewContextAsync(host!.Address);
        var page = await context.NewPageAsync();
        await WebSession.LogInAsync(page, WebSession.Shelter);
        Assert.EndsWith("/shelter/referrals", page.Url, StringComparison.Ordinal);

        // The one wait without a signal: what is tested is that time passed without a request, and any request to look
        // would itself count as activity and renew the session.
        await Task.Delay(IdleTimeout + TimeSpan.FromSeconds(1));
        await page.GotoAsync("/shelter/referrals/new");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#woman-name").CountAsync());
        Assert.Equal(5, await page.GetByRole(AriaRole.Button).CountAsync());
    }

    public async Task DisposeAsync()
    {
        if (browsers is not null)
        {
            await browsers.DisposeAsync();
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
