using System.Net;
using System.Net.Http.Json;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The hand-over plan: long-term needs, who supports what after CTI, one person responsible, meetings a month before the end.</summary>
public sealed class HandOverTests(CourseTrackingFixture fixture) : IClassFixture<CourseTrackingFixture>
{
    private const string CanaryName = "Kanariefugl Hansen";
    private const string CanaryCpr = "010203-4321";
    private const string CanaryPhone = "61 23 45 67";

    private readonly Lifecycle lifecycle = new(fixture);

    [Fact]
    public async Task The_plan_is_encrypted_at_rest_read_back_with_late_meetings_flagged_and_replaced_by_the_next_save()
    {
        var end = fixture.Today.AddDays(60);
        var id = await InPhase3Async("worker-hand-over", end);
        var worker = fixture.Worker("worker-hand-over");
        var deadline = end.AddMonths(-1);

        var before = await ReadAsync(worker, id);
        var saved = await worker.PutAsJsonAsync(Path(id), Plan(
            meetings: [new { date = deadline, with = $"Sagsbehandler {CanaryName}" }, new { date = deadline.AddDays(1), with = "Mor" }]), TestJson.Options);
        var read = await ReadAsync(fixture.TeamLead(), id);
        var stored = await fixture.Rows.DumpAsync("hand_over_plans", "access_log");
        (await worker.PutAsJsonAsync(Path(id), Plan(responsible: "Jens Jensen", meetings: [new { date = deadline.AddDays(-3), with = "Mor" }]), TestJson.Options))
            .EnsureSuccessStatusCode();
        var replaced = await ReadAsync(worker, id);

        Assert.Equal((false, deadline), (before.Made, before.MeetingsDeadline));
        Assert.Empty(before.LongTermNeeds);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(read.Made);
        Assert.Equal(["Støtte til økonomien", $"Ro på boligen, ring {CanaryPhone}"], read.LongTermNeeds);
        Assert.Equal(
            [(SupporterKind.Person, "Person", "Mor", "Hjælper med børnene"), (SupporterKind.Organisation, "Organisation", "Kvindekrisecentret", "Samtaler")],
            read.Supporters.Select(s => (s.Kind, s.KindLabel, s.Name, s.HelpsWith)));
        Assert.Equal(($"{CanaryName} {CanaryCpr}", "Kommunal sagsbehandler"), (read.ResponsibleName, read.ResponsibleRole));
        Assert.Equal([(deadline, false), (deadline.AddDays(1), true)], read.Meetings.Select(m => (m.Date, m.Late)));
        Assert.Equal("worker-hand-over", read.UpdatedBy);
        Assert.DoesNotContain("Kanariefugl", stored);
        Assert.DoesNotContain(CanaryCpr, stored);
        Assert.DoesNotContain(CanaryPhone, stored);
        Assert.DoesNotContain("Kvindekrisecentret", stored);
        Assert.Equal("Jens Jensen", replaced.ResponsibleName);
        Assert.Equal([(deadline.AddDays(-3), false)], replaced.Meetings.Select(m => (m.Date, m.Late)));
        Assert.Equal(1, await fixture.Rows.CountAsync("select count(*) from hand_over_plans where course_id = @id", id));
    }

    [Fact]
    public async Task A_plan_without_long_term_needs_or_a_responsible_person_is_400_naming_the_field_and_nothing_is_saved_in_a_closed_course()
    {
        var id = await InPhase3Async("worker-hand-over-rules", fixture.Today.AddDays(60));
        var worker = fixture.Worker("worker-hand-over-rules");

        var noNeeds = await worker.PutAsJsonAsync(Path(id), new { longTermNeeds = Array.Empty<string>(), responsible = new { name = "A", role = "B" } }, TestJson.Options);
        var noResponsible = await worker.PutAsJsonAsync(Path(id), new { longTermNeeds = new[] { "Et behov" } }, TestJson.Options);
        var unnamed = await worker.PutAsJsonAsync(Path(id), new { longTermNeeds = new[] { "Et behov" }, responsible = new { name = "", role = "Sagsbehandler" } }, TestJson.Options);
        var noDate = await worker.PutAsJsonAsync(Path(id), Plan(meetings: [new { date = (DateOnly?)null, with = "Mor" }]), TestJson.Options);
        await lifecycle.CloseAsync(id, "worker-hand-over-rules", fixture.Today, fixture.Today.AddDays(30));
        var closed = await worker.PutAsJsonAsync(Path(id), Plan(), TestJson.Options);

        Assert.True((await noNeeds.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("longTermNeeds", out _));
        Assert.True((await noResponsible.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("responsible", out _));
        Assert.True((await unnamed.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("responsible.name", out _));
        Assert.True((await noDate.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("meetings[0].date", out _));
        await closed.AssertRuleAsync("CourseClosed");
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.False((await ReadAsync(worker, id)).Made);
    }

    [Fact]
    public async Task Every_hand_over_endpoint_answers_not_found_to_another_worker_and_to_another_municipality()
    {
        var id = await InPhase3Async("worker-own-hand-over", fixture.Today.AddDays(60));
        (await fixture.Worker("worker-own-hand-over").PutAsJsonAsync(Path(id), Plan(), TestJson.Options)).EnsureSuccessStatusCode();

        foreach (var stranger in new[] { fixture.Worker("worker-hand-over-stranger"), fixture.TeamLead(TestTokens.TenantB), fixture.Worker("worker-own-hand-over", TestTokens.TenantB) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Path(id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync(Path(id), Plan(responsible: "Fremmed"), TestJson.Options)).StatusCode);
        }

        Assert.Equal($"{CanaryName} {CanaryCpr}", (await ReadAsync(fixture.Worker("worker-own-hand-over"), id)).ResponsibleName);
    }

    [Fact]
    public async Task Reading_the_hand_over_plan_is_access_logged()
    {
        var id = await InPhase3Async("worker-hand-over-read", fixture.Today.AddDays(60));

        await fixture.TeamLead().GetAsync(Path(id));
        await fixture.Worker("worker-hand-over-read").GetAsync(Path(id));

        using var admin = fixture.Host.Client(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"{TrackedCoursesApi.Prefix}/access-log?subjectType=course-hand-over-plan&subjectId={id}", TestJson.Options);
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "lead-1", Purpose: AccessPurposes.CaseloadManagement });
        Assert.Contains(entries!, e => e is { Action: AccessAction.Read, ActorId: "worker-hand-over-read", Purpose: AccessPurposes.CaseHandling });
    }

    private static string Path(Guid id) => $"{Meetings.Path(id)}/hand-over-plan";

    private static object Plan(string responsible = $"{CanaryName} {CanaryCpr}", object[]? meetings = null) => new
    {
        longTermNeeds = new[] { "Støtte til økonomien", $"Ro på boligen, ring {CanaryPhone}" },
        supporters = new[]
        {
            new { kind = "Person", name = "Mor", helpsWith = "Hjælper med børnene" },
            new { kind = "Organisation", name = "Kvindekrisecentret", helpsWith = "Samtaler" },
        },
        responsible = new { name = responsible, role = "Kommunal sagsbehandler" },
        meetings = meetings ?? [],
    };

    private async Task<Guid> InPhase3Async(string workerId, DateOnly end)
    {
        var id = await lifecycle.ApproveAsync(workerId);
        await lifecycle.StartContactPeriodAsync(id, workerId, fixture.Today.AddDays(-230));
        await lifecycle.MoveInAsync(id, workerId, fixture.Today.AddDays(-220));
        await lifecycle.PhaseAsync(id, workerId, 2, fixture.Today.AddDays(-130), fixture.Today.AddDays(-40));
        await lifecycle.PhaseAsync(id, workerId, 3, fixture.Today.AddDays(-40), end);
        return id;
    }

    private static async Task<HandOverPlanView> ReadAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<HandOverPlanView>(Path(id), TestJson.Options))!;
}
