using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Assignment names a worker the municipality knows: its registry, kept by team leads and tenant admins.</summary>
public sealed class WorkerRegistryTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task Approving_with_an_unregistered_worker_is_refused_naming_the_field_and_the_rule_and_changes_nothing()
    {
        var id = await referrals.SubmitAsync();

        var response = await referrals.ApproveAsync(id, "worker-typo", registerWorker: false);

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "workerId", "WorkerNotRegistered");
        var view = await referrals.GetAsync(id);
        Assert.Equal(ReferralStatus.Submitted, view.Status);
        Assert.Null(view.WorkerId);
    }

    [Fact]
    public async Task Approving_with_a_deactivated_worker_is_refused_until_she_is_registered_again()
    {
        var id = await referrals.SubmitAsync();
        await referrals.RegisterWorkerAsync("worker-leaving");
        using var lead = referrals.As(Roles.TeamLead);
        var deactivated = await lead.PostAsync("/api/referrals/workers/worker-leaving/deactivate", null);

        var refused = await referrals.ApproveAsync(id, "worker-leaving", registerWorker: false);
        var reactivated = await lead.PostAsJsonAsync("/api/referrals/workers", new RegisterWorkerRequest("worker-leaving"), TestJson.Options);
        var approved = await referrals.ApproveAsync(id, "worker-leaving", registerWorker: false);

        Assert.False((await deactivated.Content.ReadFromJsonAsync<WorkerView>(TestJson.Options))!.Active);
        await refused.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "workerId", "WorkerNotRegistered");
        Assert.Equal(HttpStatusCode.OK, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task Registering_answers_created_then_lists_the_worker_to_the_committee()
    {
        using var admin = referrals.As(Roles.TenantAdmin);
        using var committee = referrals.Committee();

        var created = await admin.PostAsJsonAsync("/api/referrals/workers", new RegisterWorkerRequest("worker-new-hire"), TestJson.Options);
        var again = await admin.PostAsJsonAsync("/api/referrals/workers", new RegisterWorkerRequest("worker-new-hire"), TestJson.Options);
        var listed = await committee.GetFromJsonAsync<WorkerView[]>("/api/referrals/workers", TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(Assert.Single(listed!, w => w.WorkerId == "worker-new-hire").Active);
    }

    [Fact]
    public async Task The_registry_is_kept_per_municipality()
    {
        var tenantB = new ReferralsClient(fixture.Host, TestTokens.TenantB);
        await referrals.RegisterWorkerAsync("worker-of-a");
        var idB = await tenantB.SubmitAsync();
        using var leadB = tenantB.As(Roles.TeamLead);

        var listedInB = await leadB.GetFromJsonAsync<WorkerView[]>("/api/referrals/workers", TestJson.Options);
        var approvedInB = await tenantB.ApproveAsync(idB, "worker-of-a", registerWorker: false);
        var deactivatedFromB = await leadB.PostAsync("/api/referrals/workers/worker-of-a/deactivate", null);

        Assert.DoesNotContain(listedInB!, w => w.WorkerId == "worker-of-a");
        await approvedInB.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "workerId", "WorkerNotRegistered");
        await deactivatedFromB.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Roles.CtiWorker)]
    [InlineData(Roles.VisitationCommittee)]
    [InlineData(Roles.Shelter)]
    public async Task Only_team_leads_and_tenant_admins_keep_the_registry(string role)
    {
        using var client = fixture.Host.Client(role, organisationId: role == Roles.Shelter ? ReferralsClient.ShelterA : null);

        var response = await client.PostAsJsonAsync("/api/referrals/workers", new RegisterWorkerRequest("worker-self-made"), TestJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("worker with spaces")]
    [InlineData("worker-1\n")]
    public async Task A_worker_id_that_is_no_subject_is_refused(string workerId)
    {
        using var lead = referrals.As(Roles.TeamLead);

        var response = await lead.PostAsJsonAsync("/api/referrals/workers", new RegisterWorkerRequest(workerId), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "workerId", "WorkerIdFormat");
    }
}
