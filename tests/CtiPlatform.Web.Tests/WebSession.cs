using Microsoft.Playwright;

namespace CtiPlatform.Web.Tests;

/// <summary>What a user does on every visit: log in as a demo user of a role, log out.</summary>
public static class WebSession
{
    public const string Shelter = "Krisecenter";
    public const string Committee = "Visitationsudvalg";
    public const string Worker = "CTI-medarbejder";

    public static async Task LogInAsync(IPage page, string roleLabel)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = roleLabel, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }
}
