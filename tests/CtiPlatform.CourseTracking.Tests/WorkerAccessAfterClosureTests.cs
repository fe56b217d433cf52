using System.Net;
using CtiPlatform.Domain;
using static CtiPlatform.CourseTracking.Tests.Lifecycle;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// When the course closes, the assigned worker keeps the record until the date the lifecycle sends with
/// <c>CourseClosed</c>; from that date only the team lead does. Its own fixture: the test moves the clock.
/// </summary>
public sealed class WorkerAccessAfterClosureTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    [Fact]
    public async Task After_closure_and_its_period_the_worker_gets_not_found_and_the_team_lead_still_reads_the_record()
    {
        var lifecycle = new Lifecycle(fixture);
        var id = await lifecycle.InContactPeriodAsync("worker-closing");
        var accessEnds = fixture.Today.AddDays(30);
        await lifecycle.CloseAsync(id, "worker-closing", fixture.Today, accessEnds);
        var path = $"{CourseTrackingFixture.Courses}/{id}";

        var withinPeriod = await fixture.Worker("worker-closing").GetAsync(path);
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(accessEnds.AddDays(-1)).AddHours(23));
        var lastEvening = await fixture.Worker("worker-closing").GetAsync(path);
        fixture.Clock.SetUtcNow(CopenhagenCalendar.StartOf(accessEnds));
        var afterPeriod = await fixture.Worker("worker-closing").GetAsync(path);
        var teamLead = await fixture.TeamLead().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, withinPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lastEvening.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.OK, teamLead.StatusCode);
    }
}
