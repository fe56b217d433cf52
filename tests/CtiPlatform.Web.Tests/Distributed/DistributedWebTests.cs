using CtiPlatform.ServiceDefaults.Security;
using Microsoft.Playwright;

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
}
