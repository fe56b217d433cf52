using System.Globalization;
using System.Text.RegularExpressions;

namespace CtiPlatform.Web.Tests;

/// <summary>Issue #17, everyone with an inbox: the reminders, marking one read, and the unread count in the header of every page.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed partial class InboxPagesTests(StandaloneWeb web)
{
    [Fact]
    public async Task The_inbox_shows_the_reminder_of_a_new_course_and_marking_it_read_lowers_the_count_in_the_header()
    {
        // Her move-out is ten days away: the contact period starts at approval, and with it the reminder of the change
        // compass's starting measurement reaches the worker's inbox through the bus.
        var id = await web.ApprovedCourseAsync();

        var worker = await web.LoggedInPageAsync(WebSession.Worker);
        await worker.GotoAsync("/inbox");
        var entry = worker.Locator("li[data-entry]", new() { Has = worker.Locator($"a[href='/worker/courses/{id}']") });
        await Eventually.Until(async () => { await worker.ReloadAsync(); return await entry.CountAsync(); }, n => n == 1, TimeSpan.FromSeconds(30), "the reminder in the inbox");
        await Assertions.Expect(entry).ToContainTextAsync("Ulæst");
        Assert.Equal("Indbakke – CTI-platformen", await worker.TitleAsync());
        var before = await UnreadAsync(worker);
        Assert.True(before >= 1, $"{before} unread");
        await Accessibility.AssertNoSeriousViolationsAsync(worker);

        await entry.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(entry).ToContainTextAsync("Læst");
        await Assertions.Expect(entry.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Equal(before - 1, await UnreadAsync(worker));
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
        // The count is in the header of every page, not only the inbox's.
        await worker.GotoAsync("/worker/courses");
        Assert.Equal(before - 1, await UnreadAsync(worker));
    }

    [Fact]
    public async Task The_inbox_fits_a_360_px_phone_and_a_team_lead_has_one_too()
    {
        var lead = await web.LoggedInPageAsync(WebSession.TeamLead, width: 360, height: 740);
        await lead.GetByRole(AriaRole.Link, new() { NameRegex = InboxLink() }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Indbakke");
        await Accessibility.AssertFitsWidthAsync(lead, 360);
        await Accessibility.AssertNoSeriousViolationsAsync(lead);
    }

    // "Indbakke (3 ulæste)", or "Indbakke" with none unread.
    private static async Task<int> UnreadAsync(IPage page)
    {
        var text = await page.GetByRole(AriaRole.Link, new() { NameRegex = InboxLink() }).InnerTextAsync();
        return Count().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("^Indbakke")]
    private static partial Regex InboxLink();

    [GeneratedRegex(@"\((\d+) ulæste\)")]
    private static partial Regex Count();
}
