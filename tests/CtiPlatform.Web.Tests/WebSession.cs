namespace CtiPlatform.Web.Tests;

/// <summary>What a user does on every visit: log in as a demo user of a role, log out.</summary>
public static class WebSession
{
    public const string Shelter = "Krisecenter";
    public const string Committee = "Visitationsudvalg";
    public const string Worker = "CTI-medarbejder";
    public const string TeamLead = "Teamleder";
    public const string TenantAdmin = "Kommunens administrator";

    public static async Task LogInAsync(IPage page, string roleLabel)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = roleLabel, Exact = true }).ClickAsync();
        // The log-out button is on every page of a session and on no page before it; waiting for it rather than for a
        // URL and the load event is a signal that holds also when a slow machine lets the navigation race the wait.
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud", Exact = true }).WaitForAsync();
    }
}
