using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Access follows assignment: a team lead hands a running course to another registered worker, with a reason.</summary>
public sealed class ReassignmentTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>, IAsyncLifetime
{
    private readonly ReferralsClient referrals = new(fixture.Host);
    private EventCapture capture = null!;

    public async Task InitializeAsync() => capture = await EventCapture.StartAsync(fixture.Broker, "reassignment-events-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task DisposeAsync() => await capture.DisposeAsync();

    [Fact]
    public async Task After_reassignment_the_old_worker_gets_not_found_and_the_new_one_reads_the_referral()
    {
        var id = await ApprovedAsync("worker-before");
        await referrals.RegisterWorkerAsync("worker-after");
        using var before = referrals.Worker("worker-before");
        using var after = referrals.Worker("worker-after");
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync($"/api/referrals/{id}")).StatusCode);

        var response = await ReassignAsync(id, "worker-after", "Medarbejder på orlov");

        var reassignment = await response.Content.ReadFromJsonAsync<ReassignmentView>(TestJson.Options);
        Assert.Equal(("worker-before", "worker-after", "Medarbejder på orlov", "user-team-lead"),
            (reassignment!.PreviousWorkerId, reassignment.WorkerId, reassignment.Reason, reassignment.ReassignedBy));
        await (await before.GetAsync($"/api/referrals/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync($"/api/referrals/{id}")).StatusCode);
        using var lead = referrals.As(Roles.TeamLead);
        var caseload = await lead.GetFromJsonAsync<WorkerCaseloadView[]>("/api/referrals/caseload", TestJson.Options);
        Assert.Equal(1, Assert.Single(caseload!, c => c.WorkerId == "worker-after").ActiveCourses);
        Assert.DoesNotContain(caseload!, c => c.WorkerId == "worker-before");
    }

    [Fact]
    public async Task The_reassignment_is_published_with_tenant_and_ids_only()
    {
        var id = await ApprovedAsync("worker-event-before");
        await referrals.RegisterWorkerAsync("worker-event-after");

        (await ReassignAsync(id, "worker-event-after", "Fortroligt: flyttet til Aarhus")).EnsureSuccessStatusCode();

        var message = (await Eventually.Until(
            () => Task.FromResult(capture.Received.Where(m => m.ReferralId == id && m.MessageType == "CourseReassigned").ToList()),
            m => m.Count == 1, TimeSpan.FromSeconds(30), "the reassignment event")).Single();
        Assert.Contains("worker-event-before", message.Body);
        Assert.Contains("worker-event-after", message.Body);
        Assert.Contains(TestTokens.TenantA, message.Body);
        Assert.DoesNotContain("Aarhus", message.Body);
        Assert.DoesNotContain("Aarhus", message.Headers);
    }

    [Fact]
    public async Task Reassigning_to_an_unregistered_worker_is_refused_and_changes_nothing()
    {
        var id = await ApprovedAsync("worker-stays");

        var response = await ReassignAsync(id, "worker-unknown", "Ny medarbejder");

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "workerId", "WorkerNotRegistered");
        Assert.Equal("worker-stays", (await referrals.GetAsync(id)).WorkerId);
    }

    [Fact]
    public async Task Reassigning_to_the_worker_who_has_the_course_is_refused()
    {
        var id = await ApprovedAsync("worker-same");

        var response = await ReassignAsync(id, "worker-same", "Ingen ændring");

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "workerId", "AlreadyAssignedToWorker");
    }

    [Fact]
    public async Task Reassigning_needs_a_reason()
    {
        var id = await ApprovedAsync("worker-unreasoned");
        await referrals.RegisterWorkerAsync("worker-unreasoned-next");

        var response = await ReassignAsync(id, "worker-unreasoned-next", " ");

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "reason", "ReasonRequiredToReassign");
    }

    [Fact]
    public async Task Only_a_running_course_can_be_reassigned()
    {
        var id = await referrals.SubmitAsync();
        await referrals.RegisterWorkerAsync("worker-too-early");

        var problem = await (await ReassignAsync(id, "worker-too-early", "Omfordeling")).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("OnlyRunningCoursesCanBeReassigned", problem.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData(Roles.CtiWorker)]
    [InlineData(Roles.VisitationCommittee)]
    public async Task Only_a_team_lead_reassigns(string role)
    {
        var id = await ApprovedAsync("worker-kept");
        await referrals.RegisterWorkerAsync("worker-grabbing");
        using var client = fixture.Host.Client(role, subject: "worker-kept");

        var response = await client.PostAsJsonAsync($"/api/referrals/{id}/reassign", new ReassignRequest("worker-grabbing", "Jeg tager den"), TestJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<Guid> ApprovedAsync(string workerId)
    {
        var id = await referrals.SubmitAsync();
        (await referrals.ApproveAsync(id, workerId)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<HttpResponseMessage> ReassignAsync(Guid id, string workerId, string reason)
    {
        using var lead = referrals.As(Roles.TeamLead);
        return await lead.PostAsJsonAsync($"/api/referrals/{id}/reassign", new ReassignRequest(workerId, reason), TestJson.Options);
    }
}
