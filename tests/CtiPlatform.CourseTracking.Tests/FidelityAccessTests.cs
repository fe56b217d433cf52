using System.Net;
using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>Who sees which fidelity figures: a course's as the course, a worker's by herself and team leads, the municipality's by team leads.</summary>
public sealed class FidelityAccessTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task Fidelity_answers_not_found_to_another_worker_and_another_municipality_and_the_municipality_s_figures_are_for_team_leads()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-own-fidelity");
        var course = $"{Meetings.Path(id)}/fidelity";
        var ownFigures = $"{TrackedCoursesApi.Prefix}/fidelity/workers/worker-own-fidelity";
        var municipality = $"{TrackedCoursesApi.Prefix}/fidelity";

        foreach (var stranger in new[] { fixture.Worker("worker-fidelity-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-fidelity", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(course)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Worker("worker-fidelity-stranger").GetAsync(ownFigures)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Worker("worker-own-fidelity").GetAsync(municipality)).StatusCode);
        Assert.Equal(0, (await fixture.TeamLead(TestTokens.TenantB).GetFromJsonAsync<WorkerFidelityView>(ownFigures, TestJson.Options))!.Summary.Courses);
        Assert.Equal(0, (await fixture.TeamLead(TestTokens.TenantB).GetFromJsonAsync<MunicipalityFidelityView>(municipality, TestJson.Options))!.Summary.Courses);
        Assert.Equal(1, (await fixture.Worker("worker-own-fidelity").GetFromJsonAsync<WorkerFidelityView>(ownFigures, TestJson.Options))!.Summary.Courses);
        Assert.Contains((await fixture.TeamLead().GetFromJsonAsync<MunicipalityFidelityView>(municipality, TestJson.Options))!.Workers,
            w => w.WorkerId == "worker-own-fidelity" && w.Summary.Courses == 1);
    }

    [Fact]
    public async Task Reading_a_course_s_fidelity_is_access_logged()
    {
        var id = await lifecycle.InContactPeriodAsync("worker-fidelity-read");

        (await fixture.TeamLead().GetAsync($"{Meetings.Path(id)}/fidelity")).EnsureSuccessStatusCode();
        (await fixture.Worker("worker-fidelity-read").GetAsync($"{Meetings.Path(id)}/fidelity")).EnsureSuccessStatusCode();

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-fidelity&subjectId={id}", TestJson.Options);
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.CaseloadManagement });
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "worker-fidelity-read", Purpose: AccessPurposes.CaseHandling });
    }
}
