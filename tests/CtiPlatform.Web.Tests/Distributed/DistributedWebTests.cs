using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Web.Security;

namespace CtiPlatform.Web.Tests.Distributed;

/// <summary>
/// Issue #17's scenarios against the distributed services: the browser reaches the web app through the gateway and logs
/// in at the identity provider; the web app calls the separately hosted services through the gateway with her token.
/// </summary>
[Collection(DistributedWebCollection.Name)]
public sealed class DistributedWebTests(DistributedWeb web)
{
    [Fact]
    public async Task A_shelter_refers_the_committee_approves_the_worker_moves_her_in_and_plans_a_meeting_and_the_team_lead_sees_the_course() =>
        await WebScenarios.MainFlowAsync(web, "Kanarie Fjernsen");

    [Fact]
    public async Task A_worker_opening_another_workers_course_gets_the_not_found_page() =>
        await WebScenarios.AnotherWorkersCourseIsNotFoundAsync(web);

    [Fact]
    public async Task The_services_refusals_are_shown_next_to_the_fields_they_name() =>
        await WebScenarios.RefusalsNextToTheirFieldsAsync(web);

    [Fact]
    public async Task An_action_plan_of_megabytes_is_attached_through_the_gateway_and_one_over_the_platforms_top_is_refused_at_its_field() =>
        await WebScenarios.ActionPlansOfMegabytesAsync(web);

    [Fact]
    public async Task Log_out_ends_the_session_at_the_app_and_at_the_identity_provider()
    {
        var page = await web.NewPageAsync();
        await web.LogInAsync(page, Roles.Shelter);
        Assert.EndsWith("/shelter/referrals", page.Url, StringComparison.Ordinal);
        var ended = web.IdentityProvider.EndedSessions;

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/logged-out");
        Assert.Equal(ended + 1, web.IdentityProvider.EndedSessions);
        Assert.StartsWith(web.Address.ToString(), page.Url, StringComparison.Ordinal);
        // Without a session the app sends her to the identity provider's log-in again.
        await page.GotoAsync("/shelter/referrals");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunens log-in" })).ToBeVisibleAsync();
        Assert.StartsWith(web.IdentityProvider.Issuer, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_access_token_about_to_expire_is_renewed_once_for_parallel_requests_of_the_session_and_the_pages_keep_working()
    {
        var (page, shortTokens) = await web.ShelterWithShortLivedTokensAsync();
        using (shortTokens)
        {
            Assert.EndsWith("/shelter/referrals", page.Url, StringComparison.Ordinal);
            var before = web.IdentityProvider.Refreshes;
            Assert.True(before > 0, "The shelter's list was shown without renewing a token about to expire.");

            // Five requests at once with the same session, so the same refresh token, which the provider takes only once.
            var cookies = string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = web.Address };
            var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/shelter/referrals");
                request.Headers.Add("Cookie", cookies);
                using var response = await client.SendAsync(request);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }));

            Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.OK, a.StatusCode));
            Assert.All(answers, a => Assert.Contains("Log ud", a.Item2, StringComparison.Ordinal));
            Assert.Equal(before + 1, web.IdentityProvider.Refreshes);
        }
    }

    [Fact]
    public async Task A_session_the_identity_provider_will_not_renew_returns_to_its_log_in_on_the_next_page()
    {
        var (page, shortTokens) = await web.ShelterWithShortLivedTokensAsync();
        using (shortTokens)
        {
            web.IdentityProvider.RevokeRefreshTokens();

            await page.GotoAsync("/shelter/referrals");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunens log-in" })).ToBeVisibleAsync();
            Assert.StartsWith(web.IdentityProvider.Issuer, page.Url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_idle_session_ends_and_the_next_page_has_the_identity_provider_ask_for_her_credentials_again()
    {
        var page = await web.NewPageAtAsync(web.ShortIdleAddress);
        await web.LogInAsync(page, Roles.Shelter);
        // The provider's own session signs her in without asking, as long as the app has not seen a session of hers end.
        await page.Context.ClearCookiesAsync(new() { Name = WebAuthentication.SessionCookie });
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud", Exact = true }).WaitForAsync();
        Assert.StartsWith(web.ShortIdleAddress.ToString(), page.Url, StringComparison.Ordinal);

        // The one wait without a signal: what is tested is that time passed without a request.
        await Task.Delay(DistributedWeb.ShortIdleTimeout + TimeSpan.FromSeconds(1));
        await page.GotoAsync("/shelter/referrals");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunens log-in" })).ToBeVisibleAsync();
        Assert.StartsWith(web.IdentityProvider.Issuer, page.Url, StringComparison.Ordinal);
        Assert.Contains("prompt=login", page.Url, StringComparison.Ordinal);
    }
}
