using System.Text.RegularExpressions;

namespace CtiPlatform.Web.Tests;

/// <summary>The main flow through the pages of the standalone host: a shelter refers, the committee approves, the worker moves her in.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed partial class ReferralToMoveInTests(StandaloneWeb web)
{
    [Fact]
    public async Task A_shelter_refers_the_committee_approves_with_a_worker_and_the_worker_registers_the_move_in()
    {
        // The team lead registers the worker through the API: the worker registry has no page yet (decision 809).
        using var lead = web.Host.Client("team-lead");
        (await lead.PostAsJsonAsync("/api/referrals/workers", new { workerId = "demo-cti-worker" })).EnsureSuccessStatusCode();
        var shelter = await web.LoggedInPageAsync(WebSession.Shelter);
        await shelter.GotoAsync("/shelter/referrals/new");
        await ReferralForm.FillAsync(shelter, "Kanarie Flowsen");
        await shelter.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();
        await shelter.WaitForURLAsync("**/shelter/referrals?submitted=True");

        var committee = await web.LoggedInPageAsync(WebSession.Committee);
        await Accessibility.AssertNoSeriousViolationsAsync(committee);
        // The next meeting's agenda takes the referral; the decision names the last meeting held (decision 026).
        var (lastHeld, next) = await MeetingsAsync();
        await committee.GetByRole(AriaRole.Link, new() { Name = Danish(next) }).ClickAsync();
        await committee.GetByRole(AriaRole.Button, new() { Name = "Sæt indsendte indstillinger på dagsordenen" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(committee);
        await committee.GetByRole(AriaRole.Link, new() { Name = "Behandl" }).Last.ClickAsync();
        var referralId = ReferralId().Match(committee.Url).Value;
        await Assertions.Expect(committee.GetByText("Kanarie Flowsen")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(committee);
        await committee.FillAsync("#meetingDate", ReferralForm.Iso(lastHeld));
        await committee.FillAsync("#participants", "demo-cti-worker, demo-udvalg-danner");
        await committee.CheckAsync("#worker-demo-cti-worker");
        await committee.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
        await Assertions.Expect(committee.GetByRole(AriaRole.Status)).ToHaveTextAsync("Afgørelsen er registreret.");

        var worker = await web.LoggedInPageAsync(WebSession.Worker);
        // The course comes from the approval through the bus; the list shows it once the lifecycle has created it.
        var link = worker.Locator($"a[href='/worker/courses/{referralId}']");
        await Eventually.Until(async () => { await worker.ReloadAsync(); return await link.CountAsync(); }, n => n == 1, TimeSpan.FromSeconds(30), "the course on the worker's list");
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
        await link.ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
        await worker.FillAsync("#moveInDate", ReferralForm.Iso(ReferralForm.Today));
        await worker.GetByRole(AriaRole.Button, new() { Name = "Registrér indflytning" }).ClickAsync();

        await Assertions.Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Indflytningen er registreret. 1. fase er begyndt.");
        await Assertions.Expect(worker.Locator("li[aria-current=step]")).ToContainTextAsync("1. CTI-fase");
        Assert.DoesNotContain("Kanarie", await worker.ContentAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
    }

    [Fact]
    public async Task A_worker_opening_another_workers_course_gets_the_not_found_page()
    {
        var id = await web.ApprovedCourseAsync("demo-anden-medarbejder");

        var page = await web.LoggedInPageAsync(WebSession.Worker);
        var response = await page.GotoAsync($"/worker/courses/{id}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siden findes ikke");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_committee_and_worker_pages_fit_a_360_px_phone()
    {
        var committee = await web.LoggedInPageAsync(WebSession.Committee, width: 360, height: 740);
        await Accessibility.AssertFitsWidthAsync(committee, 360);
        var worker = await web.LoggedInPageAsync(WebSession.Worker, width: 360, height: 740);
        await Accessibility.AssertFitsWidthAsync(worker, 360);
    }

    private async Task<(DateOnly LastHeld, DateOnly Next)> MeetingsAsync()
    {
        using var committee = web.Host.Client("visitation-committee");
        var meetings = (await committee.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={ReferralForm.Iso(ReferralForm.Today.AddDays(-40))}&count=10"))!;
        return (meetings.Where(d => d <= ReferralForm.Today).Max(), meetings.Where(d => d > ReferralForm.Today).Min());
    }

    private static string Danish(DateOnly date) => date.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da"));

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex ReferralId();
}
