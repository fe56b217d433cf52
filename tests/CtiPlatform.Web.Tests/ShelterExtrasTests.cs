using System.Text;
using System.Text.Json;

namespace CtiPlatform.Web.Tests;

/// <summary>The referral form's children rows, added and removed without script, and the § 141 action plan's upload.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class ShelterExtrasTests(StandaloneWeb web)
{
    [Fact]
    public async Task A_shelter_refers_with_two_children_added_by_button_and_attaches_the_action_plan_after_a_non_pdf_is_refused_at_the_field()
    {
        var page = await web.LoggedInPageAsync(WebSession.Shelter);
        var before = await ActionPlanLinksAsync(page);
        await page.GotoAsync("/shelter/referrals/new");
        await ReferralForm.FillAsync(page, "Kanarie Børnesen");

        // Each "Tilføj barn" shows the form again as typed, with one more row; "Fjern barn 3" takes the third away.
        for (var i = 0; i < 3; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj barn" }).ClickAsync();
            await Assertions.Expect(page.Locator($"#children-{i}--firstName")).ToBeVisibleAsync();
        }

        Assert.Equal("Kanarie Børnesen", await page.InputValueAsync("#woman-name"));
        await page.FillAsync("#children-0--firstName", "Ida");
        await page.FillAsync("#children-0--age", "6");
        await page.FillAsync("#children-1--firstName", "Oscar");
        await page.FillAsync("#children-1--age", "9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern barn 3" }).ClickAsync();
        await Assertions.Expect(page.Locator("#children-2--firstName")).ToHaveCountAsync(0);
        Assert.Equal("Oscar", await page.InputValueAsync("#children-1--firstName"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();
        await page.WaitForURLAsync("**/shelter/referrals?submitted=True");

        var link = Assert.Single((await ActionPlanLinksAsync(page)).Except(before));
        var id = link.Split('/')[3];
        using var committee = web.Host.Client("visitation-committee");
        var referral = await committee.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");
        Assert.Equal(["Ida", "Oscar"], referral.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("firstName").GetString()));

        await page.GotoAsync(link);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.SetInputFilesAsync("#actionPlan", new FilePayload { Name = "handleplan.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("ikke en pdf") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vedhæft handleplanen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#actionPlan-error")).ToHaveTextAsync("Handleplanen skal være en PDF-fil.");
        Assert.Equal("true", await page.GetAttributeAsync("#actionPlan", "aria-invalid"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Title (Handleplan) >>\nendobj\n%%EOF\n");
        await page.SetInputFilesAsync("#actionPlan", new FilePayload { Name = "handleplan.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vedhæft handleplanen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Handleplanen er vedhæftet indstillingen.");
        Assert.Equal(pdf, await committee.GetByteArrayAsync($"/api/referrals/{id}/action-plan"));
    }

    [Fact]
    public async Task The_referral_form_with_children_rows_and_the_action_plan_page_fit_a_360_px_phone()
    {
        var page = await web.LoggedInPageAsync(WebSession.Shelter, width: 360, height: 740);
        await page.GotoAsync("/shelter/referrals/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj barn" }).ClickAsync();
        await Assertions.Expect(page.Locator("#children-0--firstName")).ToBeVisibleAsync();
        await Accessibility.AssertFitsWidthAsync(page, 360);
        await page.GotoAsync($"/shelter/referrals/{Guid.NewGuid()}/action-plan");
        await Accessibility.AssertFitsWidthAsync(page, 360);
    }

    private static async Task<string[]> ActionPlanLinksAsync(IPage page)
    {
        await page.GotoAsync("/shelter/referrals");
        return [.. (await page.Locator("a[href$='/action-plan']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))];
    }
}
