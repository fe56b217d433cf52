using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Web.Tests;

/// <summary>
/// What issue #17 asks of the pages on the standalone host and on the distributed services alike: the main flow, a
/// foreign course's 404 page, refusals at their fields. Each platform's tests run the same scenario.
/// </summary>
public static partial class WebScenarios
{
    /// <summary>
    /// A shelter refers, the committee approves with a worker, the worker registers the move-in and plans a meeting,
    /// and the team lead sees the course on the board — all through the pages. Returns the course's id.
    /// </summary>
    public static async Task<string> MainFlowAsync(IWebPlatform web, string name)
    {
        // The team lead registers the worker through the API: the worker registry has no page yet (decision 809).
        using (var lead = web.Api(Roles.TeamLead))
        {
            (await lead.PostAsJsonAsync("/api/referrals/workers", new { workerId = web.WorkerSubject })).EnsureSuccessStatusCode();
        }

        var shelter = await web.NewPageAsync();
        await web.LogInAsync(shelter, Roles.Shelter);
        await shelter.GotoAsync("/shelter/referrals/new");
        await ReferralForm.FillAsync(shelter, name);
        await shelter.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();
        await shelter.WaitForURLAsync("**/shelter/referrals?submitted=True");

        var committee = await web.NewPageAsync();
        await web.LogInAsync(committee, Roles.VisitationCommittee);
        await Accessibility.AssertNoSeriousViolationsAsync(committee);
        // The next meeting's agenda takes the referral; the decision names the last meeting held (decision 026).
        DateOnly[] meetings;
        using (var committeeApi = web.Api(Roles.VisitationCommittee))
        {
            meetings = await MeetingsAsync(committeeApi);
        }

        var next = meetings.Where(d => d > ReferralForm.Today).Min();
        await committee.GetByRole(AriaRole.Link, new() { Name = next.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da")) }).ClickAsync();
        await committee.GetByRole(AriaRole.Button, new() { Name = "Sæt indsendte indstillinger på dagsordenen" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(committee);
        await committee.GetByRole(AriaRole.Link, new() { Name = "Behandl" }).Last.ClickAsync();
        var id = CourseId().Match(committee.Url).Value;
        await Assertions.Expect(committee.GetByText(name)).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(committee);
        await committee.FillAsync("#meetingDate", ReferralForm.Iso(meetings.Where(d => d <= ReferralForm.Today).Max()));
        await committee.FillAsync("#participants", $"{web.WorkerSubject}, {web.CommitteeMember}");
        await committee.CheckAsync($"#worker-{web.WorkerSubject}");
        await committee.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
        await Assertions.Expect(committee.GetByRole(AriaRole.Status)).ToHaveTextAsync("Afgørelsen er registreret.");

        var worker = await web.NewPageAsync();
        await web.LogInAsync(worker, Roles.CtiWorker);
        // The course comes from the approval through the bus; the list shows it once the lifecycle has created it.
        var link = worker.Locator($"a[href='/worker/courses/{id}']");
        await Eventually.Until(async () => { await worker.ReloadAsync(); return await link.CountAsync(); }, n => n == 1, TimeSpan.FromSeconds(30), "the course on the worker's list");
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
        await link.ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
        await worker.FillAsync("#moveInDate", ReferralForm.Iso(ReferralForm.Today));
        await worker.GetByRole(AriaRole.Button, new() { Name = "Registrér indflytning" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Indflytningen er registreret. 1. fase er begyndt.");
        await Assertions.Expect(worker.Locator("li[aria-current=step]")).ToContainTextAsync("1. CTI-fase");
        Assert.DoesNotContain(name, await worker.ContentAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(worker);

        await worker.GetByRole(AriaRole.Navigation, new() { Name = "Forløbets afsnit" }).GetByRole(AriaRole.Link, new() { Name = "Møder og kontakter" }).ClickAsync();
        var tomorrow = ReferralForm.Today.AddDays(1);
        await worker.SelectOptionAsync("#kind", "HomeVisit");
        await worker.FillAsync("#date", ReferralForm.Iso(tomorrow));
        await worker.FillAsync("#time", "10:30");
        await worker.FillAsync("#durationMinutes", "45");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Planlæg et møde" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringen er gemt.");
        await Assertions.Expect(worker.Locator("table").First).ToContainTextAsync(tomorrow.ToDateTime(new TimeOnly(10, 30)).ToString("d. MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("da")));

        var teamLead = await web.NewPageAsync();
        await web.LogInAsync(teamLead, Roles.TeamLead);
        // The board is course tracking's, which learns of the course and its move-in from the bus.
        var row = teamLead.Locator($"tr[data-course='{id}']");
        await Eventually.Until(
            async () => { await teamLead.ReloadAsync(); return await row.CountAsync() == 1 ? await row.InnerTextAsync() : ""; },
            text => text.Contains("1. CTI-fase", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the course in phase 1 on the board");
        await Assertions.Expect(row).ToContainTextAsync(web.WorkerSubject);
        await Accessibility.AssertNoSeriousViolationsAsync(teamLead);
        return id;
    }

    /// <summary>A course approved to the other worker answers the first worker's browser with the not-found page.</summary>
    public static async Task AnotherWorkersCourseIsNotFoundAsync(IWebPlatform web)
    {
        string id;
        using (var lead = web.Api(Roles.TeamLead))
        using (var shelterApi = web.Api(Roles.Shelter))
        using (var committeeApi = web.Api(Roles.VisitationCommittee))
        {
            (await lead.PostAsJsonAsync("/api/referrals/workers", new { workerId = web.OtherWorkerSubject })).EnsureSuccessStatusCode();
            id = await ApprovedForAsync(shelterApi, committeeApi, web.OtherWorkerSubject, web.CommitteeMember);
        }

        var page = await web.NewPageAsync();
        await web.LogInAsync(page, Roles.CtiWorker);
        var response = await page.GotoAsync($"/worker/courses/{id}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siden findes ikke");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>The referrals service's refusals of a referral form are shown next to the fields they name, tied to them for screen readers.</summary>
    public static async Task RefusalsNextToTheirFieldsAsync(IWebPlatform web)
    {
        var page = await web.NewPageAsync();
        await web.LogInAsync(page, Roles.Shelter);
        await page.GotoAsync("/shelter/referrals/new");
        await ReferralForm.FillAsync(page, "Kanarie Fuglesang");
        await page.FillAsync("#woman-name", "");
        await page.FillAsync("#criteria-1--justification", "");
        await page.FillAsync("#woman-phone", "ikke et nummer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#woman-name-error")).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#woman-name", "aria-invalid"));
        Assert.Contains("woman-name-error", await page.GetAttributeAsync("#woman-name", "aria-describedby"));
        Assert.Contains("woman-phone-error", await page.GetAttributeAsync("#woman-phone", "aria-describedby"));
        Assert.Equal("Et opfyldt kriterium skal begrundes kort.", (await page.InnerTextAsync("#criteria-1--justification-error")).Trim());
        Assert.Contains("criteria-1--justification-error", await page.GetAttributeAsync("#criteria-1--justification", "aria-describedby"));
        // What she typed stays, so only the wrong fields need another look.
        Assert.Equal("ikke et nummer", await page.InputValueAsync("#woman-phone"));
        Assert.Equal(3, await page.Locator(".error-summary li").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// A scanned action plan of megabytes is attached through its page, more than the 1 MB the edge allows other requests;
    /// one over the platform's 5 MB is refused at its field, not with an error page.
    /// </summary>
    public static async Task ActionPlansOfMegabytesAsync(IWebPlatform web)
    {
        string id;
        using (var shelterApi = web.Api(Roles.Shelter))
        {
            var submitted = await shelterApi.PostAsJsonAsync("/api/referrals", ReferralForm.Api());
            id = (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var page = await web.NewPageAsync();
        await web.LogInAsync(page, Roles.Shelter);
        await page.GotoAsync($"/shelter/referrals/{id}/action-plan");
        var scanned = Pdf(3 * 1024 * 1024);
        await page.SetInputFilesAsync("#actionPlan", new FilePayload { Name = "handleplan.pdf", MimeType = "application/pdf", Buffer = scanned });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vedhæft handleplanen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Handleplanen er vedhæftet indstillingen.");
        using (var committee = web.Api(Roles.VisitationCommittee))
        {
            Assert.Equal(scanned, await committee.GetByteArrayAsync($"/api/referrals/{id}/action-plan"));
        }

        await page.SetInputFilesAsync("#actionPlan", new FilePayload { Name = "handleplan.pdf", MimeType = "application/pdf", Buffer = Pdf(6 * 1024 * 1024) });
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Vedhæft handleplanen" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(422, refused.Status);
        await Assertions.Expect(page.Locator("#actionPlan-error")).ToContainTextAsync("5 MB");
        Assert.Equal("true", await page.GetAttributeAsync("#actionPlan", "aria-invalid"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>A referral approved for a worker through the API, the committee's own decision recorded at the last meeting held.</summary>
    public static async Task<string> ApprovedForAsync(HttpClient shelter, HttpClient committee, string workerId, string committeeMember)
    {
        var submitted = await shelter.PostAsJsonAsync("/api/referrals", ReferralForm.Api());
        var id = (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var meeting = ReferralForm.Iso((await MeetingsAsync(committee)).Where(d => d <= ReferralForm.Today).Max());
        (await committee.PostAsJsonAsync($"/api/referrals/{id}/approve", new { meetingDate = meeting, participants = new[] { workerId, committeeMember }, workerId }))
            .EnsureSuccessStatusCode();
        return id;
    }

    private static byte[] Pdf(int length)
    {
        var pdf = new byte[length];
        Array.Fill(pdf, (byte)' ');
        "%PDF-1.7\n"u8.CopyTo(pdf);
        return pdf;
    }

    private static async Task<DateOnly[]> MeetingsAsync(HttpClient committee) =>
        (await committee.GetFromJsonAsync<DateOnly[]>($"/api/referrals/committee/meetings?from={ReferralForm.Iso(ReferralForm.Today.AddDays(-40))}&count=10"))!;

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex CourseId();
}
