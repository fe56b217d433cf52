namespace CtiPlatform.Web.Tests;

/// <summary>One standalone host (the README's first command) with the web app at its root, and a browser, per test collection.</summary>
public sealed class StandaloneWeb : IAsyncLifetime
{
    private StandaloneProcess? host;
    private Browsers? browsers;

    public StandaloneProcess Host => host!;

    public Uri Address => Host.Address;

    public async Task InitializeAsync()
    {
        // Every test of the collection approves its courses to the same demo worker, so her caseload grows with the
        // suite; the limit itself is the referrals service's and tested there.
        host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(120), "--ReferralsOptions:Defaults:CaseloadLimit", "100");
        browsers = await Browsers.LaunchAsync();
    }

    /// <summary>A fresh browser context (no cookies) with one page.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await browsers!.NewContextAsync(Address, width, height);
        return await context.NewPageAsync();
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
