namespace CtiPlatform.Web.Tests;

/// <summary>Issue #17, the team lead: the board with the course made here, the registration report as a download, reassignment.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class TeamLeadPagesTests(StandaloneWeb web)
{
    [Fact]
    public async Task A_team_lead_sees_the_course_on_the_board_downloads_the_report_and_hands_the_course_to_another_worker()
    {
        using var leadApi = web.Host.Client("team-lead");
        (await leadApi.PostAsJsonAsync("/api/referrals/workers", new { workerId = "demo-overtager" })).EnsureSuccessStatusCode();
        var id = await web.ApprovedCourseAsync();

        var lead = await web.LoggedInPageAsync(WebSession.TeamLead);
        // The board is course tracking's, which learns of the course from the bus: it shows once the service has it.
        var row = lead.Locator($"tr[data-course='{id}']");
        await Eventually.Until(async () => { await lead.ReloadAsync(); return await row.CountAsync(); }, n => n == 1, TimeSpan.FromSeconds(30), "the course on the board");
        Assert.Equal("Forløbstavle – CTI-platformen", await lead.TitleAsync());
        await Assertions.Expect(row).ToContainTextAsync("demo-cti-worker");
        await Assertions.Expect(row).ToContainTextAsync("Kontaktskabelsesperiode");
        await Assertions.Expect(lead.Locator("table[aria-labelledby=caseload]")).ToContainTextAsync("demo-cti-worker");
        await Accessibility.AssertNoSeriousViolationsAsync(lead);

        await lead.FillAsync("#report-from", ReferralForm.Iso(ReferralForm.Today));
        await lead.FillAsync("#report-to", ReferralForm.Iso(ReferralForm.Today));
        var download = await lead.RunAndWaitForDownloadAsync(() =>
            lead.GetByRole(AriaRole.Button, new() { Name = "Hent registreringsrapporten" }).ClickAsync());
        Assert.Equal("registreringsrapport.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(id, csv);
        Assert.Single(csv.Split('\n'), line => line.StartsWith("Indstilling (id)", StringComparison.Ordinal));

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(lead);
        await lead.CheckAsync("#worker-demo-overtager");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Overdrag forløbet" }).ClickAsync();
        await Assertions.Expect(lead.Locator("#reason-error")).ToBeVisibleAsync();
        Assert.Contains("reason-error", await lead.GetAttributeAsync("#reason", "aria-describedby"));
        Assert.True(await lead.IsCheckedAsync("#worker-demo-overtager"));
        await Accessibility.AssertNoSeriousViolationsAsync(lead);
        await lead.FillAsync("#reason", "Medarbejderen går på barsel");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Overdrag forløbet" }).ClickAsync();

        await Assertions.Expect(lead.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forløbet er overdraget til den nye medarbejder.");
        Assert.DoesNotContain(id, lead.Url);
        using var committee = web.Host.Client("visitation-committee");
        var referral = await committee.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/referrals/{id}");
        Assert.Equal("demo-overtager", referral.GetProperty("workerId").GetString());
    }

    [Fact]
    public async Task The_board_fits_a_360_px_phone()
    {
        var lead = await web.LoggedInPageAsync(WebSession.TeamLead, width: 360, height: 740);
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forløbstavle");
        await Accessibility.AssertFitsWidthAsync(lead, 360);
    }

    [Fact]
    public async Task The_evaluator_export_downloads_with_its_pseudonym_column_and_a_period_the_service_refuses_is_shown_next_to_the_field()
    {
        var lead = await web.LoggedInPageAsync(WebSession.TeamLead);

        await lead.FillAsync("#to", ReferralForm.Iso(ReferralForm.Today));
        await lead.GetByRole(AriaRole.Button, new() { Name = "Hent evalueringsudtrækket som CSV" }).ClickAsync();
        await Assertions.Expect(lead.Locator("#from-error")).ToBeVisibleAsync();
        Assert.Contains("from-error", await lead.GetAttributeAsync("#from", "aria-describedby"));
        Assert.Equal(ReferralForm.Iso(ReferralForm.Today), await lead.InputValueAsync("#to"));
        await Accessibility.AssertNoSeriousViolationsAsync(lead);

        await lead.FillAsync("#from", ReferralForm.Iso(ReferralForm.Today.AddMonths(-1)));
        var download = await lead.RunAndWaitForDownloadAsync(() =>
            lead.GetByRole(AriaRole.Button, new() { Name = "Hent evalueringsudtrækket som CSV" }).ClickAsync());
        Assert.Equal("evalueringsudtraek.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Forløb (pseudonym)", csv);
    }
}
