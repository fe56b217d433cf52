namespace CtiPlatform.Web.Tests;

/// <summary>
/// Debian's chromium driven by Playwright (never a downloaded browser): the test command installs the package.
/// Contexts are Danish, like the users, and start at a laptop's size unless a test asks for a phone's.
/// </summary>
public sealed class Browsers : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browsers(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static async Task<Browsers> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        return new Browsers(playwright, browser);
    }

    public Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1280, int height = 900) =>
        browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
            ViewportSize = new() { Width = width, Height = height },
        });

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
