namespace CtiPlatform.Web.Tests;

/// <summary>Issue #17's scenarios through the pages of the standalone host, logged in with its demo users.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class ReferralToMoveInTests(StandaloneWeb web)
{
    [Fact]
    public async Task A_shelter_refers_the_committee_approves_the_worker_moves_her_in_and_plans_a_meeting_and_the_team_lead_sees_the_course() =>
        await WebScenarios.MainFlowAsync(web, "Kanarie Flowsen");

    [Fact]
    public async Task A_worker_opening_another_workers_course_gets_the_not_found_page() =>
        await WebScenarios.AnotherWorkersCourseIsNotFoundAsync(web);

    [Fact]
    public async Task The_committee_and_worker_pages_fit_a_360_px_phone()
    {
        var committee = await web.LoggedInPageAsync(WebSession.Committee, width: 360, height: 740);
        await Accessibility.AssertFitsWidthAsync(committee, 360);
        var worker = await web.LoggedInPageAsync(WebSession.Worker, width: 360, height: 740);
        await Accessibility.AssertFitsWidthAsync(worker, 360);
    }
}
