using System.Net;
using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The documentation at each phase shift: a status per focus area of the phase's plan, kept per phase, never overwritten.</summary>
public sealed class PhaseDocumentationTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string CanaryStatus = "Bor stadig hos Kanariefugl Hansen, 010203-4321";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task Each_shift_is_documented_per_focus_area_of_the_phase_plan_and_an_earlier_documentation_stays_as_it_was_written()
    {
        var id = await InPhase1Async("worker-documents");
        var worker = fixture.Worker("worker-documents");
        (await worker.PostAsJsonAsync(PlanPath(id), Plan("Housing", "Safety"), TestJson.Options)).EnsureSuccessStatusCode();

        var first = await worker.PostAsJsonAsync(Path(id), Document(1, ("Housing", CanaryStatus), ("Safety", "Sikkerhedsplan lavet")), TestJson.Options);
        await lifecycle.PhaseAsync(id, "worker-documents", 2, fixture.Today, fixture.Today.AddMonths(3));
        (await worker.PostAsJsonAsync(Path(id), Document(1, ("Safety", "Sikkerhedsplan lavet og øvet"), ("Housing", "Lejekontrakt på plads")), TestJson.Options))
            .EnsureSuccessStatusCode();
        (await worker.PostAsJsonAsync(PlanPath(id), Plan("Housing", "Economy", "DailyActivities"), TestJson.Options)).EnsureSuccessStatusCode();
        var stillPhase1Plan = await worker.PostAsJsonAsync(Path(id), Document(2, ("Housing", "x"), ("Safety", "y")), TestJson.Options);
        (await worker.PostAsJsonAsync(Path(id), Document(2, ("Housing", "Husleje betalt"), ("Economy", "Budget lagt"), ("DailyActivities", "Svømning")), TestJson.Options))
            .EnsureSuccessStatusCode();
        var documents = (await fixture.TeamLead().GetFromJsonAsync<PhaseDocumentView[]>(Path(id), TestJson.Options))!;

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await stillPhase1Plan.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "statuses", "StatusPerFocusArea");
        Assert.Equal([(1, 2, 1), (1, 1, 1), (2, 1, 2)], documents.Select(d => (d.Phase, d.Version, d.PlanVersion)));
        var earlier = documents[1];
        Assert.Equal(("1. CTI-fase", "worker-documents"), (earlier.PhaseLabel, earlier.WrittenBy));
        Assert.Equal([("Housing", "Bolig", CanaryStatus), ("Safety", "Sikkerhed", "Sikkerhedsplan lavet")],
            earlier.Statuses.Select(s => (s.Theme.ToString(), s.ThemeLabel, s.Status)));
        Assert.Equal("Lejekontrakt på plads", documents[0].Statuses.Single(s => s.Theme == PlanTheme.Housing).Status);
        Assert.Equal(3, documents[2].Statuses.Count);
        var stored = await fixture.Rows.DumpAsync("phase_documents", "access_log");
        Assert.DoesNotContain("Kanariefugl", stored);
        Assert.DoesNotContain("010203-4321", stored);
    }

    [Fact]
    public async Task A_phase_not_begun_a_course_without_a_plan_statuses_that_miss_a_focus_area_and_a_closed_course_are_refused()
    {
        var id = await InPhase1Async("worker-document-rules");
        var worker = fixture.Worker("worker-document-rules");

        var noPlan = await worker.PostAsJsonAsync(Path(id), Document(1, ("Housing", "Bolig fundet")), TestJson.Options);
        (await worker.PostAsJsonAsync(PlanPath(id), Plan("Housing", "Safety"), TestJson.Options)).EnsureSuccessStatusCode();
        var notReached = await worker.PostAsJsonAsync(Path(id), Document(2, ("Housing", "a"), ("Safety", "b")), TestJson.Options);
        var missing = await worker.PostAsJsonAsync(Path(id), Document(1, ("Housing", "a")), TestJson.Options);
        var twice = await worker.PostAsJsonAsync(Path(id), Document(1, ("Housing", "a"), ("Housing", "b")), TestJson.Options);
        var other = await worker.PostAsJsonAsync(Path(id), Document(1, ("Housing", "a"), ("Economy", "b")), TestJson.Options);
        var phaseZero = await worker.PostAsJsonAsync(Path(id), Document(0, ("Housing", "a"), ("Safety", "b")), TestJson.Options);
        var empty = await worker.PostAsJsonAsync(Path(id), Document(1, ("Housing", ""), ("Safety", "b")), TestJson.Options);
        await lifecycle.CloseAsync(id, "worker-document-rules", fixture.Today, fixture.Today.AddDays(30));
        var closed = await worker.PostAsJsonAsync(Path(id), Document(1, ("Housing", "a"), ("Safety", "b")), TestJson.Options);

        await noPlan.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "phase", "NoPlanToDocument");
        await notReached.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "phase", "PhaseNotReached");
        await missing.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "statuses", "StatusPerFocusArea");
        await twice.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "statuses", "StatusPerFocusArea");
        await other.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "statuses", "StatusPerFocusArea");
        Assert.True((await phaseZero.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("phase", out _));
        Assert.True((await empty.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("statuses[0].status", out _));
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        await closed.AssertRuleAsync("CourseClosed");
        Assert.Equal(0, await fixture.Rows.CountAsync("select count(*) from phase_documents where course_id = @id", id));
    }

    [Fact]
    public async Task Every_phase_documentation_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await InPhase1Async("worker-own-documents");
        var worker = fixture.Worker("worker-own-documents");
        (await worker.PostAsJsonAsync(PlanPath(id), Plan("Housing"), TestJson.Options)).EnsureSuccessStatusCode();

        foreach (var stranger in new[] { fixture.Worker("worker-documents-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-documents", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync(Path(id), Document(1, ("Housing", "a")), TestJson.Options)).StatusCode);
        }

        Assert.Empty((await worker.GetFromJsonAsync<PhaseDocumentView[]>(Path(id), TestJson.Options))!);
    }

    [Fact]
    public async Task Reading_the_phase_documentation_is_access_logged()
    {
        var id = await InPhase1Async("worker-documents-read");

        await fixture.TeamLead().GetAsync(Path(id));
        await fixture.Worker("worker-documents-read").GetAsync(Path(id));

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>(
            $"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-phase-documentation&subjectId={id}", TestJson.Options);
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.CaseloadManagement });
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "worker-documents-read", Purpose: AccessPurposes.CaseHandling });
    }

    private static string Path(Guid id) => $"{Meetings.Path(id)}/phase-documentation";

    private static string PlanPath(Guid id) => $"{Meetings.Path(id)}/plan";

    private static object Plan(params string[] themes) =>
        new { focusAreas = themes.Select(theme => new { theme, goals = new[] { "Et mål" }, activities = Array.Empty<object>() }) };

    private static object Document(int phase, params (string Theme, string Status)[] statuses) =>
        new { phase, statuses = statuses.Select(s => new { theme = s.Theme, status = s.Status }) };

    private async Task<Guid> InPhase1Async(string workerId)
    {
        var id = await lifecycle.ApproveAsync(workerId);
        await lifecycle.StartContactPeriodAsync(id, workerId, fixture.Today.AddDays(-120));
        await lifecycle.MoveInAsync(id, workerId, fixture.Today.AddDays(-90));
        return id;
    }
}
