namespace CtiPlatform.Web.Tests;

/// <summary>
/// Issue #17, the tenant admin: the merged access log filtered by date, the e-mail templates with their preview, and the
/// municipality's settings.
/// </summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class AdminPagesTests(StandaloneWeb web)
{
    [Fact]
    public async Task A_tenant_admin_sees_the_read_made_here_in_the_access_log_and_a_later_period_leaves_it_out()
    {
        var id = await web.ApprovedCourseAsync();
        using var committeeApi = web.Host.Client("visitation-committee");
        (await committeeApi.GetAsync($"/api/referrals/{id}")).EnsureSuccessStatusCode();

        var admin = await web.LoggedInPageAsync(WebSession.TenantAdmin);

        Assert.Equal("Adgangslog – CTI-platformen", await admin.TitleAsync());
        var read = admin.Locator("tbody tr", new() { HasText = id }).Filter(new() { HasText = "demo-visitation-committee" }).Filter(new() { HasText = "Læst" });
        await Assertions.Expect(read.First).ToContainTextAsync("Visitation");
        await Assertions.Expect(read.First).ToContainTextAsync("Indstilling og visitation");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Indbakke" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(admin);

        await admin.FillAsync("#from", ReferralForm.Iso(ReferralForm.Today.AddDays(1)));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Locator("tbody tr", new() { HasText = id })).ToHaveCountAsync(0);
        Assert.DoesNotContain("Demo Kvinde", await admin.ContentAsync());
    }

    [Fact]
    public async Task A_tenant_admin_previews_a_template_sees_the_refusal_next_to_the_field_and_saves_it()
    {
        var admin = await web.LoggedInPageAsync(WebSession.TenantAdmin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "E-mailskabeloner" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("a[href='/admin/templates/CourseClosureDue']").ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(admin);

        await admin.FillAsync("#body", "Hej {navn}, forløbet slutter {date}.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Vis eksempel" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#body-error")).ToContainTextAsync("{title}, {date}, {phase} og {course}");
        Assert.Contains("body-error", await admin.GetAttributeAsync("#body", "aria-describedby"));
        Assert.Equal("Hej {navn}, forløbet slutter {date}.", await admin.InputValueAsync("#body"));
        await Accessibility.AssertNoSeriousViolationsAsync(admin);

        await admin.FillAsync("#body", "Forløbet slutter {date}. Se {course}.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Vis eksempel" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#preview-body")).ToContainTextAsync("Forløbet slutter 01-03-2027.");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem skabelonen" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Skabelonen er gemt.");
        await Assertions.Expect(admin.Locator("tr", new() { Has = admin.Locator("a[href='/admin/templates/CourseClosureDue']") })).ToContainTextAsync("Kommunens egen");
    }

    [Fact]
    public async Task A_tenant_admin_reads_her_municipalitys_settings_of_every_service_with_danish_labels_also_on_a_phone()
    {
        var admin = await web.LoggedInPageAsync(WebSession.TenantAdmin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Indstillinger" }).ClickAsync();

        Assert.Equal("Kommunens indstillinger – CTI-platformen", await admin.TitleAsync());
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(
            ["Indstilling og visitation", "Forløbets faser og frister", "Forløbsarbejde", "Sikkerhed", "Påmindelser og beskeder"]);
        await Assertions.Expect(admin.Locator(".warning")).ToHaveCountAsync(0);
        await Assertions.Expect(Setting(admin, "Sagsloft pr. CTI-medarbejder (vægtet)")).ToHaveTextAsync("100");
        await Assertions.Expect(Setting(admin, "Vægt af et forløb i fase 1")).ToHaveTextAsync("1,5");
        await Assertions.Expect(Setting(admin, "Udvalgets første møde")).ToHaveTextAsync("6. januar 2026");
        await Assertions.Expect(Setting(admin, "Udvalgsmedlemmer ud over CTI-medarbejderne")).ToHaveTextAsync("demo-udvalg-danner, demo-udvalg-hjemloeseenheden");
        await Assertions.Expect(Setting(admin, "Fasernes længde (måneder)")).ToHaveTextAsync("3");
        await Assertions.Expect(Setting(admin, "Kommunens egne tjeklistepunkter")).ToHaveTextAsync("Ingen");
        await Assertions.Expect(Setting(admin, "Ventetid før første nye forsøg")).ToHaveTextAsync("30 sekunder");
        await Assertions.Expect(Setting(admin, "SMS til hende holder pause, når risikoen stiger")).ToHaveTextAsync("Ja");
        await Assertions.Expect(admin.GetByText("Driften sætter indstillingerne i platformens konfiguration", new() { Exact = false })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(admin);

        var phone = await web.LoggedInPageAsync(WebSession.TenantAdmin, width: 360, height: 740);
        await phone.GotoAsync("/admin/settings");
        await Assertions.Expect(Setting(phone, "Sagsloft pr. CTI-medarbejder (vægtet)")).ToHaveTextAsync("100");
        await Accessibility.AssertFitsWidthAsync(phone, 360);
    }

    [Fact]
    public async Task The_team_leads_and_tenant_admins_pages_and_the_inbox_are_closed_to_other_roles()
    {
        var worker = await web.LoggedInPageAsync(WebSession.Worker);
        foreach (var path in new[] { "/team-lead", "/team-lead/report", "/admin/access-log", "/admin/templates", "/admin/settings" })
        {
            var response = await worker.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ingen adgang");
        }

        var shelter = await web.LoggedInPageAsync(WebSession.Shelter);
        Assert.Equal(403, (await shelter.GotoAsync("/inbox"))!.Status);
        await Assertions.Expect(shelter.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Indbakke") })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_access_log_fits_a_360_px_phone()
    {
        var admin = await web.LoggedInPageAsync(WebSession.TenantAdmin, width: 360, height: 740);
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Adgangslog");
        await Accessibility.AssertFitsWidthAsync(admin, 360);
    }

    private static ILocator Setting(IPage page, string label) =>
        page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = label, Exact = true }) }).Locator("td");
}
