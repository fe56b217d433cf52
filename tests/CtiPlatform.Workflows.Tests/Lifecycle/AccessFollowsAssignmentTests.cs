using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Application;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Workflows.Tests.Lifecycle;

/// <summary>
/// Need-to-know follows assignment: a reassigned course moves to the new worker, a closed one stays with its worker
/// for the municipality's period and then only with the team lead; a caller without a subject sees nothing; and a
/// command's answer is access-logged and readable through the service's access-log API.
/// </summary>
public sealed class AccessFollowsAssignmentTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task After_reassignment_the_old_worker_gets_not_found_and_the_new_one_reads_the_course()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));
        using var before = world.Worker("worker-1");
        using var after = world.Worker("worker-2");
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync($"/api/courses/{id}")).StatusCode);

        await world.Host.ReassignAsync(id, "worker-1", "worker-2", world.Clock.GetUtcNow());

        var view = await Eventually.Until(() => after.GetAsync($"/api/courses/{id}"), r => r.IsSuccessStatusCode, Bounds.Signal, "the course with worker-2");
        var old = await before.GetAsync($"/api/courses/{id}");
        var oldList = await before.GetFromJsonAsync<JsonElement>("/api/courses", TestJson.Options);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.DoesNotContain(oldList.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var course = (await view.Content.ReadFromJsonAsync<Api.CourseView>(TestJson.Options))!;
        Assert.Equal("worker-2", course.WorkerId);
        var entry = Assert.Single(course.Journal, j => j.Kind == OccurrenceKind.Reassigned);
        Assert.Equal((JournalCause.Event, "CourseReassigned", "worker=worker-1->worker-2"), (entry.Cause, entry.Actor, entry.Detail));
    }

    [Fact]
    public async Task After_closure_and_the_tenants_period_the_worker_gets_not_found_and_the_team_lead_reads_the_course()
    {
        await using var world = await LifecycleScenario.StartAsync(
            database, D(2025, 1, 2), [new($"CourseLifecycleOptions:Tenants:{TestTokens.TenantA}:WorkerAccessAfterClosureDays", "10")]);
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));
        await world.Recorder.WaitForAsync<ContactPeriodStarted>(id);
        using var worker = world.Worker("worker-1");
        using var lead = world.TeamLead();

        (await worker.PostAsJsonAsync($"/api/courses/{id}/closure", new { reason = "MovedToAnotherMunicipality", endsTo = "NoSupport" })).EnsureSuccessStatusCode();
        var closed = Assert.Single(await world.Recorder.WaitForAsync<CourseClosed>(id));
        world.TravelTo(D(2025, 1, 11));
        var lastDay = await worker.GetAsync($"/api/courses/{id}");
        world.TravelTo(D(2025, 1, 12));
        var afterPeriod = await worker.GetAsync($"/api/courses/{id}");
        var workersList = await worker.GetFromJsonAsync<JsonElement>("/api/courses", TestJson.Options);

        Assert.Equal((D(2025, 1, 2), D(2025, 1, 12)), (closed.ClosedOn, closed.WorkerAccessEndsOn));
        Assert.Equal(HttpStatusCode.OK, lastDay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterPeriod.StatusCode);
        Assert.DoesNotContain(workersList.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"/api/courses/{id}")).StatusCode);
    }

    [Fact]
    public void The_period_of_access_after_closure_is_thirty_days_unless_the_municipality_sets_another()
    {
        var closed = Course.Approve(Guid.NewGuid(), TestTokens.TenantA, "worker-1", D(2025, 3, 1), D(2025, 1, 2), null, D(2025, 1, 2), new CourseSettings())
            .Course.EndEarly(CourseClosureReason.Declined, CourseEndsTo.NoSupport, null, D(2025, 1, 5), D(2025, 1, 5)).Course;

        Assert.Equal(D(2025, 2, 4), closed.WorkerAccessEndsOn(new CourseSettings(), D(2025, 1, 5)));
        Assert.Equal(D(2025, 1, 5), closed.WorkerAccessEndsOn(new CourseSettings { WorkerAccessAfterClosureDays = 0 }, D(2025, 1, 5)));

        // A closure registered late still leaves the worker the whole period from the day it was registered.
        Assert.Equal(D(2025, 3, 7), closed.WorkerAccessEndsOn(new CourseSettings(), D(2025, 2, 5)));
    }

    [Fact]
    public async Task A_token_without_a_subject_is_forbidden()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        using var client = new HttpClient { BaseAddress = world.Host.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.MintWithoutSubject(Roles.CtiWorker));

        var response = await client.GetAsync("/api/courses");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void A_worker_without_a_subject_sees_no_course()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(CtiClaimTypes.Tenant, TestTokens.TenantA), new Claim(CtiClaimTypes.Role, Roles.CtiWorker)], "test"));
        var caller = new TenantContext(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } });
        var unassigned = new CourseLifecycleState { CorrelationId = Guid.NewGuid(), TenantId = TestTokens.TenantA, WorkerId = null! };

        Assert.Empty(new[] { unassigned }.AsQueryable().VisibleTo(caller, D(2025, 1, 2)).ToList());
    }

    [Fact]
    public async Task A_course_command_is_access_logged_and_the_tenant_admin_reads_it_through_the_access_log_api()
    {
        await using var world = await LifecycleScenario.StartAsync(database, D(2025, 1, 2));
        var id = await world.ApproveAsync("worker-1", expectedMoveOut: D(2025, 1, 20));
        await world.Recorder.WaitForAsync<ContactPeriodStarted>(id);
        using var admin = world.Host.Client(Roles.TenantAdmin);
        using var worker = world.Worker("worker-1");

        (await worker.PostAsJsonAsync($"/api/courses/{id}/move-in", new { moveInDate = D(2025, 1, 2) })).EnsureSuccessStatusCode();
        var entries = await admin.GetFromJsonAsync<AccessLogEntryView[]>($"/api/courses/access-log?subjectType=course&subjectId={id}", TestJson.Options);
        var asWorker = await worker.GetAsync("/api/courses/access-log");

        var entry = Assert.Single(entries!);
        Assert.Equal((AccessAction.Change, AccessPurposes.CaseHandling, "worker-1"), (entry.Action, entry.Purpose, entry.ActorId));
        Assert.Equal(HttpStatusCode.Forbidden, asWorker.StatusCode);
    }
}
