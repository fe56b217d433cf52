namespace CtiPlatform.Web.Tests;

/// <summary>The course's changes, hand-over plan and outcome sections, through the pages as the worker and the team lead use them.</summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class CourseCommandsTests(StandaloneWeb web)
{
    [Fact]
    public async Task The_team_lead_extends_with_a_reason_the_worker_saves_the_hand_over_plan_ends_the_course_early_and_records_the_outcome()
    {
        var id = await web.ApprovedCourseAsync();

        // The extension is the team lead's: the category and, for "other", the note go to the service, whose refusals show at the fields.
        var teamLead = await web.LoggedInPageAsync("Teamleder");
        await teamLead.GotoAsync($"/worker/courses/{id}/commands");
        await Accessibility.AssertNoSeriousViolationsAsync(teamLead);
        await teamLead.FillAsync("#months", "2");
        await teamLead.CheckAsync("#category-Other");
        await teamLead.GetByRole(AriaRole.Button, new() { Name = "Forlæng forløbet" }).ClickAsync();
        await Assertions.Expect(teamLead.Locator("#reason-error")).ToHaveTextAsync("Uddyb begrundelsen, når forlængelsen har en anden begrundelse.");
        Assert.Equal("2", await teamLead.InputValueAsync("#months"));
        await teamLead.FillAsync("#reason", "Boligen bliver først klar om to måneder");
        await teamLead.GetByRole(AriaRole.Button, new() { Name = "Forlæng forløbet" }).ClickAsync();
        // The course is not in its third phase yet, so the lifecycle refuses: the reasoned request reached it whole.
        await Assertions.Expect(teamLead.Locator(".error-summary")).ToContainTextAsync("Forløbet kan kun forlænges i 3. CTI-fase.");
        await Accessibility.AssertNoSeriousViolationsAsync(teamLead);

        var worker = await web.LoggedInPageAsync(WebSession.Worker, width: 360, height: 740);
        // Course tracking learns the course from the approval through the bus.
        await Eventually.Until(async () => (await worker.GotoAsync($"/worker/courses/{id}/hand-over"))!.Status, s => s == 200, TimeSpan.FromSeconds(30), "the course in course tracking");
        await worker.FillAsync("#longTermNeeds-0-", "Fast kontakt til jobcentret");
        await worker.FillAsync("#responsible-name", "Sagsbehandler Hansen");
        await worker.FillAsync("#responsible-role", "Kommunal sagsbehandler");
        // The second supporter row is filled and the first left empty: only the filled one is sent, as the first.
        await worker.CheckAsync("#supporters-1--kind-Organisation");
        await worker.FillAsync("#supporters-1--name", "Mødrehjælpen");
        await worker.FillAsync("#supporters-1--helpsWith", "Netværk og rådgivning");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Gem overdragelsesplanen" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Overdragelsesplanen er gemt.");
        Assert.Equal("Mødrehjælpen", await worker.InputValueAsync("#supporters-0--name"));
        Assert.Equal("Fast kontakt til jobcentret", await worker.InputValueAsync("#longTermNeeds-0-"));
        await Accessibility.AssertFitsWidthAsync(worker, 360);
        await Accessibility.AssertNoSeriousViolationsAsync(worker);

        await worker.GetByRole(AriaRole.Link, new() { Name = "Ændringer af forløbet" }).ClickAsync();
        await Assertions.Expect(worker.GetByText("besluttes af teamlederen")).ToBeVisibleAsync();
        // An early end without its reason: the summary's link leads to this form's reason, not the extension's.
        await worker.GetByRole(AriaRole.Button, new() { Name = "Afslut forløbet" }).ClickAsync();
        var summaryLink = worker.Locator(".error-summary a[href='#end-reason']");
        await Assertions.Expect(summaryLink).ToHaveCountAsync(1);
        await summaryLink.ClickAsync();
        Assert.Equal("end-reason", await worker.EvaluateAsync<string>("() => location.hash.slice(1)"));
        await Assertions.Expect(worker.Locator("#end-reason-error")).ToBeVisibleAsync();
        await worker.CheckAsync("#end-reason-Declined");
        await worker.CheckAsync("#end-endsTo-NoSupport");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Afslut forløbet" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forløbet er afsluttet.");
        await Accessibility.AssertFitsWidthAsync(worker, 360);

        // Course tracking hears of the closure through the bus; until then it refuses the outcome (CourseNotClosed).
        await worker.GotoAsync($"/worker/courses/{id}/outcome");
        await Eventually.Until(async () =>
        {
            await worker.CheckAsync("#keptHome-yes");
            await worker.CheckAsync("#hasSafetyStrategy-yes");
            await worker.CheckAsync("#readmittedToShelter-no");
            await worker.GetByRole(AriaRole.Button, new() { Name = "Gem resultatet" }).ClickAsync();
            return await worker.GetByRole(AriaRole.Status).CountAsync();
        }, n => n == 1, TimeSpan.FromSeconds(30), "the outcome recorded");
        await Assertions.Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Resultatet er registreret.");
        await Assertions.Expect(worker.GetByText("Version 1,")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
    }
}
