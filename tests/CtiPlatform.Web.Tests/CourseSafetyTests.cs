using System.Text.Json;

namespace CtiPlatform.Web.Tests;

/// <summary>The course's safety section: the protected address only when asked with a purpose, stopping contact, the plan's versions.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class CourseSafetyTests(StandaloneWeb web)
{
    private const string Address = "Skjultvej 7, 2. th., 2400 København NV";

    [Fact]
    public async Task The_protected_address_is_not_in_the_page_until_the_worker_asks_with_a_purpose_and_the_opening_is_access_logged()
    {
        var id = await CourseWithProtectedAddressAsync();
        var page = await web.LoggedInPageAsync(WebSession.Worker);

        await page.GotoAsync($"/worker/courses/{id}/safety");
        await Assertions.Expect(page.GetByText("Navne- og adressebeskyttelse")).ToBeVisibleAsync();
        Assert.DoesNotContain("Skjultvej", await page.ContentAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // No purpose: refused next to the question, still no address.
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis adressen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#purpose-error")).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#purpose", "aria-invalid"));
        Assert.DoesNotContain("Skjultvej", await page.ContentAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.CheckAsync("#purpose-HomeVisit");
        var shown = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Vis adressen" }).ClickAsync(), r => r.Request.Method == "POST");
        await Assertions.Expect(page.Locator(".address")).ToHaveTextAsync(Address);
        Assert.Contains("no-store", (await shown.AllHeadersAsync())["cache-control"]);
        Assert.DoesNotContain("Skjultvej", await page.TitleAsync());
        Assert.DoesNotContain("Skjultvej", page.Url);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        using var admin = web.Host.Client("tenant-admin");
        var log = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/safety/access-log?subjectType=protected-address&subjectId={id}"))!;
        Assert.Contains(log, line => line.GetProperty("purpose").GetString() == "address-disclosure:home-visit"
            && line.GetProperty("actorId").GetString() == "demo-cti-worker");

        // Back on the section, the address is gone again: it lived on that one answer only.
        await page.GetByRole(AriaRole.Link, new() { Name = "Skjul adressen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vis adressen" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Skjultvej", await page.ContentAsync());
    }

    [Fact]
    public async Task The_worker_stops_all_contact_lifts_it_with_a_reason_and_writes_a_new_version_of_the_safety_plan()
    {
        var id = await CourseWithProtectedAddressAsync();
        var page = await web.LoggedInPageAsync(WebSession.Worker, width: 360, height: 740);
        await page.GotoAsync($"/worker/courses/{id}/safety");
        await Accessibility.AssertFitsWidthAsync(page, 360);

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop al kontakt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Al kontakt er stoppet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ophæv stoppet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#reason-error")).ToBeVisibleAsync();
        await page.FillAsync("#reason", "Faren er drevet over");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ophæv stoppet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Stoppet er ophævet. Beskeder til hende sendes igen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stop al kontakt" })).ToBeVisibleAsync();

        await page.FillAsync("#sections-escapeRoute", "Bagdøren til gården");
        await page.FillAsync("#reviewOn", ReferralForm.Iso(ReferralForm.Today.AddMonths(3)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem som ny version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Sikkerhedsplanen er gemt som en ny version.");
        await Assertions.Expect(page.Locator("dl.facts").Last).ToContainTextAsync("Bagdøren til gården");
        // The next version starts from the one that stands.
        Assert.Equal("Bagdøren til gården", await page.InputValueAsync("#sections-escapeRoute"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Version 1,") })).ToBeVisibleAsync();
        await Accessibility.AssertFitsWidthAsync(page, 360);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    // A course of the demo worker whose address protection the worker registered through the API (registering is not this page's).
    private async Task<string> CourseWithProtectedAddressAsync()
    {
        using var worker = web.Host.Client("cti-worker");
        var id = await web.ApprovedCourseAsync();
        // The safety service learns the course from the approval through the bus.
        var registered = await Eventually.Until(
            async () => (await worker.PutAsJsonAsync($"/api/safety/courses/{id}/protected-address",
                new { kind = "NameAndAddress", address = Address, registeredOn = ReferralForm.Iso(ReferralForm.Today) })).StatusCode,
            status => status != System.Net.HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), "the course in safety planning");
        Assert.Equal(System.Net.HttpStatusCode.OK, registered);
        return id;
    }
}
