namespace CtiPlatform.Web.Tests;

/// <summary>The worker's part of the main flow with the keyboard only: Tab to move, Enter to follow and submit, typing to fill.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class KeyboardTests(StandaloneWeb web)
{
    [Fact]
    public async Task A_worker_logs_in_opens_her_course_and_registers_the_move_in_with_the_keyboard_only()
    {
        var id = await web.ApprovedCourseAsync();
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");

        await TabToAsync(page, "button[value='cti-worker']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/worker/courses");
        await Eventually.Until(async () => { await page.ReloadAsync(); return await page.Locator($"a[href='/worker/courses/{id}']").CountAsync(); },
            n => n == 1, TimeSpan.FromSeconds(30), "the course on the worker's list");
        await TabToAsync(page, $"a[href='/worker/courses/{id}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/worker/courses/{id}");
        await TabToAsync(page, "#moveInDate");
        // Headless chromium orders the date field month, day, year whatever the page's language.
        await page.Keyboard.TypeAsync(ReferralForm.Today.ToString("MMddyyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ReferralForm.Iso(ReferralForm.Today), await page.InputValueAsync("#moveInDate"));
        await TabToAsync(page, "form button[type=submit]:text('Registrér indflytning')");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Indflytningen er registreret. 1. fase er begyndt.");
    }

    // Presses Tab until the element is focused, as a keyboard user moves through the page; fails if it never is.
    internal static async Task TabToAsync(IPage page, string selector)
    {
        for (var press = 0; press < 80; press++)
        {
            if (await page.Locator(selector).EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{selector} cannot be reached with Tab.");
    }
}
