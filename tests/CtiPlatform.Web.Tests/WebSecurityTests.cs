using System.Net;

namespace CtiPlatform.Web.Tests;

[Collection(StandaloneWebCollection.Name)]
public sealed class WebSecurityTests(StandaloneWeb web)
{
    private const string Policy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    [Fact]
    public async Task Every_page_carries_the_strict_content_security_policy_runs_no_script_and_is_not_cached()
    {
        var page = await web.NewPageAsync();
        var login = await page.GotoAsync("/login");
        await WebSession.LogInAsync(page, WebSession.Shelter);
        var form = await page.GotoAsync("/shelter/referrals/new");

        foreach (var response in new[] { login!, form! })
        {
            var headers = await response.AllHeadersAsync();
            Assert.Equal(Policy, headers["content-security-policy"]);
            Assert.Contains("no-store", headers["cache-control"], StringComparison.Ordinal);
            Assert.Equal("nosniff", headers["x-content-type-options"]);
            Assert.Equal("DENY", headers["x-frame-options"]);
        }

        Assert.Equal(0, await page.Locator("script").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_session_and_antiforgery_cookies_are_secure_http_only_and_same_site_and_hold_no_token_the_page_can_read()
    {
        var page = await web.LoggedInPageAsync(WebSession.Shelter);

        var cookies = await page.Context.CookiesAsync();

        var session = Assert.Single(cookies, c => c.Name == "__Host-cti-session");
        var antiforgery = Assert.Single(cookies, c => c.Name == "__Host-cti-antiforgery");
        Assert.All(cookies, c => Assert.True(c.Secure && c.HttpOnly, $"{c.Name} is not Secure and HttpOnly"));
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.Equal(SameSiteAttribute.Strict, antiforgery.SameSite);
        // The access token lives in the encrypted ticket: nothing in the browser reads as a JWT.
        Assert.DoesNotContain(cookies, c => c.Value.StartsWith("eyJ", StringComparison.Ordinal));
        Assert.Equal("", await page.EvaluateAsync<string>("() => document.cookie"));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_nothing_is_submitted()
    {
        var page = await web.LoggedInPageAsync(WebSession.Shelter);
        var before = await page.Locator("tbody tr").CountAsync();

        // The session cookie goes along (same context), as it would on a forged cross-site post; the token does not.
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("woman.name", "Forfalsket");
        var forged = await page.Context.APIRequest.PostAsync("/shelter/referrals/new", new() { Form = form, MaxRedirects = 0 });
        await page.GotoAsync("/shelter/referrals");

        Assert.Equal((int)HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(before, await page.Locator("tbody tr").CountAsync());
    }

    [Fact]
    public async Task Log_ud_ends_the_session_and_its_pages_then_lead_to_the_login()
    {
        var page = await web.LoggedInPageAsync(WebSession.Shelter);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
        await page.WaitForURLAsync("**/logged-out");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/shelter/referrals");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "__Host-cti-session");
    }
}
