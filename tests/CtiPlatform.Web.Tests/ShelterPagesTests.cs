namespace CtiPlatform.Web.Tests;

[Collection(StandaloneWebCollection.Name)]
public sealed class ShelterPagesTests(StandaloneWeb web)
{
    [Fact]
    public async Task A_shelter_refers_through_the_form_and_sees_the_status_in_its_list_with_nothing_of_hers_in_title_or_address()
    {
        var page = await web.LoggedInPageAsync(WebSession.Shelter);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var before = await page.Locator("tbody tr").CountAsync();

        await page.GotoAsync("/shelter/referrals/new");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ReferralForm.FillAsync(page, "Kanarie Fuglesang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();

        await page.WaitForURLAsync("**/shelter/referrals?submitted=True");
        Assert.Equal("Indstillingen er sendt til kommunen.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal(before + 1, await page.Locator("tbody tr").CountAsync());
        Assert.Contains("Indsendt", await page.Locator("tbody").InnerTextAsync());
        Assert.DoesNotContain("Kanarie", await page.TitleAsync());
        Assert.DoesNotContain("Kanarie", page.Url);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_services_refusals_are_shown_next_to_the_fields_they_name_and_tied_to_them_for_screen_readers() =>
        await WebScenarios.RefusalsNextToTheirFieldsAsync(web);

    [Fact]
    public async Task An_action_plan_of_megabytes_is_attached_and_one_over_the_platforms_top_is_refused_at_its_field() =>
        await WebScenarios.ActionPlansOfMegabytesAsync(web);

    [Fact]
    public async Task The_shelter_pages_fit_a_360_px_phone()
    {
        var page = await web.LoggedInPageAsync(WebSession.Shelter, width: 360, height: 740);
        await Accessibility.AssertFitsWidthAsync(page, 360);

        await page.GotoAsync("/shelter/referrals/new");
        await Accessibility.AssertFitsWidthAsync(page, 360);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
