using System.Globalization;
using System.Text.Json;

namespace CtiPlatform.Web.Tests;

/// <summary>
/// The worker's course sections after the move-in, through the pages of the standalone host: meetings and contacts
/// (planning one with the keyboard only), the CTI plan, a checklist, the network map and compass pictures, and what is
/// due on "Mine forløb"; each page checked with axe and at a 360 px phone's width.
/// </summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class CourseWorkTests(StandaloneWeb web)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da");

    [Fact]
    public async Task After_the_move_in_the_worker_plans_and_moves_a_meeting_saves_a_plan_ticks_a_checklist_sees_the_pictures_and_her_week()
    {
        var id = await MovedInCourseAsync();
        var page = await web.LoggedInPageAsync(WebSession.Worker);
        var sections = new List<string>();

        await page.GotoAsync($"/worker/courses/{id}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Forløbets afsnit" }).GetByRole(AriaRole.Link, new() { Name = "Møder og kontakter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Møder og kontakter" })).ToHaveAttributeAsync("aria-current", "page");
        sections.Add(page.Url);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // A refusal lands next to the field it names.
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlæg et møde" }).ClickAsync();
        await Assertions.Expect(page.Locator("#kind-error")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Planning a meeting with the keyboard only: Tab to each field, type, Enter on the button.
        var tomorrow = ReferralForm.Today.AddDays(1);
        await KeyboardTests.TabToAsync(page, "#kind");
        await page.Keyboard.TypeAsync("Hjem");
        Assert.Equal("HomeVisit", await page.InputValueAsync("#kind"));
        await KeyboardTests.TabToAsync(page, "#date");
        await page.Keyboard.TypeAsync(tomorrow.ToString("MMddyyyy", CultureInfo.InvariantCulture));
        await KeyboardTests.TabToAsync(page, "#time");
        await page.Keyboard.TypeAsync("1030A");
        Assert.Equal("10:30", await page.InputValueAsync("#time"));
        await KeyboardTests.TabToAsync(page, "#durationMinutes");
        await page.Keyboard.TypeAsync("45");
        await KeyboardTests.TabToAsync(page, "form button[type=submit]:text('Planlæg et møde')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringen er gemt.");
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync(At(tomorrow, "10:30"));

        // Moving it on its own page; the list then shows the new time.
        var later = ReferralForm.Today.AddDays(2);
        await page.GetByRole(AriaRole.Link, new() { Name = "Flyt eller registrér" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        sections.Add(page.Url);
        await page.FillAsync("#date", ReferralForm.Iso(later));
        await page.FillAsync("#time", "11:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Flyt mødet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringen er gemt.");
        var meetings = page.Locator("table").First;
        await Assertions.Expect(meetings).ToContainTextAsync(At(later, "11:15"));
        await Assertions.Expect(meetings).ToContainTextAsync("flyttet 1 gang(e)");
        await Assertions.Expect(meetings).Not.ToContainTextAsync(At(tomorrow, "10:30"));

        // The CTI plan: a first version saved through the form, then shown.
        await SectionAsync(page, "CTI-plan", sections);
        await page.SelectOptionAsync("#focusAreas-0--theme", "Housing");
        await page.FillAsync("#focusAreas-0--goals", "Hun har styr på huslejen\nHun kender sin boligsocial medarbejder");
        await page.FillAsync("#focusAreas-0--activities-0--description", "Gennemgå budget");
        await page.SelectOptionAsync("#focusAreas-0--activities-0--responsible", "Worker");
        await page.SelectOptionAsync("#focusAreas-0--activities-0--status", "InProgress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem planen som ny version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringen er gemt.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Version 1 (1. CTI-fase)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Aktiviteter: Bolig" })).ToContainTextAsync("Gennemgå budget");
        await Assertions.Expect(page.Locator("#focusAreas-0--goals")).ToHaveValueAsync("Hun har styr på huslejen\nHun kender sin boligsocial medarbejder");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // A checklist item ticked today, with who ticked it.
        await SectionAsync(page, "Tjeklister", sections);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afkryds" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringen er gemt.");
        await Assertions.Expect(page.GetByText($"Afkrydset {ReferralForm.Today.ToString("d. MMMM yyyy", Danish)} af demo-cti-worker")).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The network map and the change compass as pictures from the app's own address, each with its table.
        await SeedNetworkAndCompassAsync(id);
        await SectionAsync(page, "Netværk", sections);
        await AssertPicturesAsync(page, 1);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Netværksoverblik" })).ToContainTextAsync("Mormor Testesen");
        await SectionAsync(page, "Forandringskompas", sections);
        await AssertPicturesAsync(page, 3);
        var scores = page.GetByRole(AriaRole.Table, new() { Name = "Scorer ved Kontaktskabelsesperioden (start)" });
        await Assertions.Expect(scores.GetByRole(AriaRole.Row, new() { Name = "Kvindens sikkerhed" })).ToContainTextAsync("3");

        // "Mine forløb" lists what is due: the move-in's checklist is due today until every item is ticked.
        await page.GetByRole(AriaRole.Link, new() { Name = "Mine forløb" }).First.ClickAsync();
        var thisWeek = page.GetByRole(AriaRole.Table, new() { Name = "Denne uge" });
        await Assertions.Expect(thisWeek.Locator($"tr:has(a[href='/worker/courses/{id}/checklists'])")).ToContainTextAsync("Tjekliste ved overgangen");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        sections.Add(page.Url);

        Assert.DoesNotContain("Demo Kvinde", await page.ContentAsync());
        await page.SetViewportSizeAsync(360, 740);
        foreach (var section in sections)
        {
            await page.GotoAsync(section);
            await Accessibility.AssertFitsWidthAsync(page, 360);
            Assert.DoesNotContain("Demo", await page.TitleAsync());
        }
    }

    // As the page writes a Danish local time: the Danish culture's time separator is a full stop (10.30).
    // Follows the section navigation to the section of that name, and checks that it is marked as the page shown.
    private static async Task SectionAsync(IPage page, string name, List<string> visited)
    {
        var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Forløbets afsnit" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await link.ClickAsync();
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-current", "page");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        visited.Add(page.Url);
    }

    // Every picture has loaded as an image, and its answer is an SVG under the app's script-free policy (decision 815).
    private static async Task AssertPicturesAsync(IPage page, int count)
    {
        var pictures = page.Locator("img.picture");
        await Assertions.Expect(pictures).ToHaveCountAsync(count);
        await page.WaitForLoadStateAsync(LoadState.Load);
        for (var i = 0; i < count; i++)
        {
            var picture = pictures.Nth(i);
            Assert.True(await picture.EvaluateAsync<int>("i => i.complete ? i.naturalWidth : 0") > 0, $"picture {i} shows");
            Assert.False(string.IsNullOrWhiteSpace(await picture.GetAttributeAsync("alt")));
            var answer = await page.Context.APIRequest.GetAsync((await picture.GetAttributeAsync("src"))!);
            Assert.Equal(200, answer.Status);
            Assert.StartsWith("image/svg+xml", answer.Headers["content-type"]);
            Assert.Contains("script-src 'none'", answer.Headers["content-security-policy"]);
        }
    }

    // A person in her network and the starting compass scored by her and by the worker, through the API: the pages
    // under test show them, the forms that write them are not theirs.
    private async Task SeedNetworkAndCompassAsync(string id)
    {
        using var worker = web.Host.Client("cti-worker");
        (await worker.PostAsJsonAsync($"/api/tracking/courses/{id}/network", new
        {
            kind = "Person", role = "FamilyOrRelative", sector = "Family", distance = 1, active = true, consent = true, name = "Mormor Testesen", helpsWith = "Passer børnene",
        })).EnsureSuccessStatusCode();
        string[] dimensions = ["Safety", "SelfCare", "SocialNetwork", "PhysicalHealth", "MentalHealth", "Housing", "Economy", "WorkAttachment", "ChildrensWellBeing", "Stimulants"];
        foreach (var (respondent, score) in new[] { ("Her", 3), ("Worker", 5) })
        {
            (await worker.PutAsJsonAsync($"/api/tracking/courses/{id}/compass", new
            {
                occasion = "Start", respondent, scores = dimensions.Select(d => new { dimension = d, score }),
            })).EnsureSuccessStatusCode();
        }
    }

    private static string At(DateOnly date, string time) => date.ToDateTime(TimeOnly.Parse(time, CultureInfo.InvariantCulture)).ToString("d. MMMM yyyy HH:mm", Danish);

    // A course of the demo worker's, moved in today through the lifecycle's API, once course tracking has heard of it.
    private async Task<string> MovedInCourseAsync()
    {
        using var worker = web.Host.Client("cti-worker");
        var id = await web.ApprovedCourseAsync();
        await Eventually.Until(
            async () => (await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = ReferralForm.Iso(ReferralForm.Today) })).StatusCode,
            status => status == System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the move-in registered");
        await Eventually.Until(
            async () => await worker.GetAsync($"/api/tracking/courses/{id}") is { IsSuccessStatusCode: true } found
                ? (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString()
                : null,
            stage => stage == "Phase1", TimeSpan.FromSeconds(30), "course tracking's record in phase 1");
        return id;
    }
}
