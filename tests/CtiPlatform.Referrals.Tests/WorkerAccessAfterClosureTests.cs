using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Domain;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>
/// When the course closes, the assigned worker keeps reading the referral until the date the lifecycle sends with
/// <see cref="CourseClosed"/>; from that date only the team lead and the committee do.
/// </summary>
public sealed class WorkerAccessAfterClosureTests(ClockedReferralsFixture fixture) : IClassFixture<ClockedReferralsFixture>, IAsyncLifetime
{
    private readonly ReferralsClient referrals = new(fixture.Host);
    private EventCapture capture = null!;

    public async Task InitializeAsync() => capture = await EventCapture.StartAsync(fixture.Broker, "closure-access-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task DisposeAsync() => await capture.DisposeAsync();

    [Fact]
    public async Task After_closure_and_its_period_the_worker_gets_not_found_and_the_team_lead_still_reads_the_referral()
    {
        var id = await referrals.SubmitAsync();
        (await referrals.ApproveAsync(id, "worker-closing")).EnsureSuccessStatusCode();
        var today = CopenhagenCalendar.DateAt(fixture.Clock.GetUtcNow());
        var accessEnds = today.AddDays(30);
        using var worker = referrals.Worker("worker-closing");
        using var lead = referrals.As(Roles.TeamLead);

        await capture.PublishAsync(new CourseClosed
        {
            CourseId = id, TenantId = TestTokens.TenantA, WorkerId = "worker-closing", ClosedOn = today,
            Reason = CourseClosureReason.Other, Completed = false, WorkerAccessEndsOn = accessEnds,
        }, TestTokens.TenantA);
        await Eventually.Until(
            async () => (await PagedLists.AllAsync<Api.RegistrationReportRow>(lead, "/api/referrals/report", TestJson.Options, limit: PageRequest.MaxLimit)).Items.Single(r => r.ReferralId == id),
            r => r.CourseEndedOn is not null, TimeSpan.FromSeconds(30), "the closure recorded");
        var withinPeriod = await worker.GetAsync($"/api/referrals/{id}");
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(accessEnds.AddDays(-1)).AddHours(23));
        var lastEvening = await worker.GetAsync($"/api/referrals/{id}");
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(accessEnds));
        var afterPeriod = await worker.GetAsync($"/api/referrals/{id}");
        var teamLead = await lead.GetAsync($"/api/referrals/{id}");

        Assert.Equal(HttpStatusCode.OK, withinPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lastEvening.StatusCode);
        await afterPeriod.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, teamLead.StatusCode);
        Assert.Equal("worker-closing", (await teamLead.Content.ReadFromJsonAsync<Api.ReferralView>(TestJson.Options))!.WorkerId);
    }
}
