using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Another municipality's or another shelter's referral does not exist, as far as any endpoint will say.</summary>
public sealed class IsolationTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient tenantA = new(fixture.Host, TestTokens.TenantA);
    private readonly ReferralsClient tenantB = new(fixture.Host, TestTokens.TenantB);

    [Fact]
    public async Task Reading_another_tenants_referral_is_not_found()
    {
        var id = await tenantA.SubmitAsync();
        using var committeeB = tenantB.Committee();

        await (await committeeB.GetAsync($"/api/referrals/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_status_of_another_tenants_referral_is_not_found()
    {
        var id = await tenantA.SubmitAsync();
        using var shelterB = tenantB.Shelter();

        await (await shelterB.GetAsync($"/api/referrals/{id}/status")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Withdrawing_another_tenants_referral_is_not_found()
    {
        var id = await tenantA.SubmitAsync();
        using var shelterB = tenantB.Shelter();

        await (await shelterB.PostAsync($"/api/referrals/{id}/withdraw", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Approving_another_tenants_referral_is_not_found()
    {
        var id = await tenantA.SubmitAsync();

        await (await tenantB.ApproveAsync(id, "worker-b")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Declining_another_tenants_referral_is_not_found()
    {
        var id = await tenantA.SubmitAsync();

        await (await tenantB.DeclineAsync(id, "Nej")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lists_agendas_caseloads_reports_and_access_logs_show_nothing_of_another_tenant()
    {
        var id = await tenantA.SubmitAsync();
        (await tenantA.ApproveAsync(id, "worker-isolated")).EnsureSuccessStatusCode();
        using var committeeB = tenantB.Committee();
        using var leadB = tenantB.As(Roles.TeamLead);
        using var adminB = tenantB.As(Roles.TenantAdmin);
        using var shelterB = tenantB.Shelter(ReferralsClient.ShelterA);

        var lists = new[]
        {
            await committeeB.GetStringAsync("/api/referrals"),
            await committeeB.GetStringAsync($"/api/referrals/committee/agenda/{ReferralsClient.NextMeeting:yyyy-MM-dd}"),
            await leadB.GetStringAsync("/api/referrals/caseload"),
            await leadB.GetStringAsync("/api/referrals/report"),
            await adminB.GetStringAsync($"/api/referrals/access-log?subjectId={id}"),
            await shelterB.GetStringAsync("/api/referrals/submitted"),
        };

        Assert.All(lists, body => Assert.DoesNotContain(id.ToString(), body));
        Assert.DoesNotContain("worker-isolated", lists[2]);
    }

    [Fact]
    public async Task The_status_of_another_shelters_referral_is_not_found()
    {
        var id = await tenantA.SubmitAsync(organisation: ReferralsClient.ShelterA);
        using var shelterB = tenantA.Shelter(ReferralsClient.ShelterB);

        await (await shelterB.GetAsync($"/api/referrals/{id}/status")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Withdrawing_another_shelters_referral_is_not_found_and_changes_nothing()
    {
        var id = await tenantA.SubmitAsync(organisation: ReferralsClient.ShelterA);
        using var shelterB = tenantA.Shelter(ReferralsClient.ShelterB);

        await (await shelterB.PostAsync($"/api/referrals/{id}/withdraw", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(Domain.ReferralStatus.Submitted, (await tenantA.GetAsync(id)).Status);
    }

    [Fact]
    public async Task A_shelter_lists_only_its_own_referrals_and_cannot_read_their_content()
    {
        var mine = await tenantA.SubmitAsync(organisation: ReferralsClient.ShelterA);
        var theirs = await tenantA.SubmitAsync(organisation: ReferralsClient.ShelterB);
        using var shelterA = tenantA.Shelter(ReferralsClient.ShelterA);

        var listed = await shelterA.GetFromJsonAsync<Page<ReferralStatusView>>("/api/referrals/submitted", TestJson.Options);
        var content = await shelterA.GetAsync($"/api/referrals/{mine}");

        Assert.Contains(listed!.Items, r => r.Id == mine);
        Assert.DoesNotContain(listed.Items, r => r.Id == theirs);
        Assert.Equal(HttpStatusCode.Forbidden, content.StatusCode);
    }

    [Fact]
    public async Task A_worker_reads_only_the_referrals_assigned_to_her()
    {
        var assigned = await tenantA.SubmitAsync();
        var other = await tenantA.SubmitAsync();
        (await tenantA.ApproveAsync(assigned, "worker-own")).EnsureSuccessStatusCode();
        using var worker = tenantA.Worker("worker-own");

        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/referrals/{assigned}")).StatusCode);
        await (await worker.GetAsync($"/api/referrals/{other}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
