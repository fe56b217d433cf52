using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Http;

namespace CtiPlatform.Referrals.Tests;

/// <summary>
/// Authorization cannot fail open: a token without a subject is refused by every policy and sees nothing in the
/// visibility filter; <c>organisation_id</c> counts only for the shelter role.
/// </summary>
public sealed class SubjectAndOrganisationTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Theory]
    [InlineData(Roles.CtiWorker, "GET", "/api/referrals/{id}")]
    [InlineData(Roles.VisitationCommittee, "GET", "/api/referrals")]
    [InlineData(Roles.TeamLead, "GET", "/api/referrals/report")]
    [InlineData(Roles.Shelter, "GET", "/api/referrals/submitted")]
    [InlineData(Roles.TenantAdmin, "GET", "/api/referrals/access-log")]
    public async Task A_token_without_a_subject_is_forbidden(string role, string method, string path)
    {
        var id = await referrals.SubmitAsync();
        using var client = new HttpClient { BaseAddress = fixture.Host.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.MintWithoutSubject(role));

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", id.ToString())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void A_worker_without_a_subject_sees_no_referral_not_every_unassigned_one()
    {
        var unassigned = UnassignedReferral();
        var caller = Caller(new Claim(CtiClaimTypes.Role, Roles.CtiWorker));

        var visible = new[] { unassigned }.AsQueryable().VisibleTo(caller, new DateOnly(2026, 12, 1)).ToList();

        Assert.Empty(visible);
    }

    [Fact]
    public void A_caller_without_a_subject_withdraws_nothing()
    {
        var caller = Caller(new Claim(CtiClaimTypes.Role, Roles.CtiWorker));

        Assert.Empty(new[] { UnassignedReferral() }.AsQueryable().WithdrawableBy(caller).ToList());
    }

    [Theory]
    [InlineData(Roles.CtiWorker)]
    [InlineData(Roles.TeamLead)]
    [InlineData(Roles.VisitationCommittee)]
    [InlineData(Roles.TenantAdmin)]
    public void Only_the_shelter_role_acts_as_an_organisation(string role)
    {
        var organisation = new Claim(CtiClaimTypes.Organisation, ReferralsClient.ShelterA);

        Assert.Null(Caller(new Claim(CtiClaimTypes.Role, role), new Claim(CtiClaimTypes.Subject, "someone"), organisation).OrganisationId);
        Assert.Equal(ReferralsClient.ShelterA,
            Caller(new Claim(CtiClaimTypes.Role, Roles.Shelter), new Claim(CtiClaimTypes.Subject, "someone"), organisation).OrganisationId);
    }

    [Fact]
    public async Task A_worker_token_carrying_a_shelters_organisation_cannot_withdraw_its_referral()
    {
        var id = await referrals.SubmitAsync(organisation: ReferralsClient.ShelterA);
        using var worker = fixture.Host.Client(Roles.CtiWorker, organisationId: ReferralsClient.ShelterA, subject: "worker-with-organisation");

        var response = await worker.PostAsync($"/api/referrals/{id}/withdraw", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(ReferralStatus.Submitted, (await referrals.GetAsync(id)).Status);
    }

    [Fact]
    public async Task A_team_lead_token_carrying_an_organisation_refers_for_the_municipality_not_the_shelter()
    {
        using var lead = fixture.Host.Client(Roles.TeamLead, organisationId: ReferralsClient.ShelterA, subject: "lead-with-organisation");
        var submitted = await lead.PostAsJsonAsync("/api/referrals", ReferralRequests.Valid(), TestJson.Options);
        var id = (await submitted.Content.ReadFromJsonAsync<ReferralStatusView>(TestJson.Options))!.Id;
        using var shelter = referrals.Shelter(ReferralsClient.ShelterA);

        var shelters = await PagedLists.AllAsync<ReferralStatusView>(shelter, "/api/referrals/submitted", TestJson.Options, limit: PageRequest.MaxLimit);

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.DoesNotContain(shelters.Items, r => r.Id == id);
        Assert.Null((await referrals.GetAsync(id)).ShelterOrganisationId);
    }

    [Fact]
    public async Task A_tenant_admin_token_carrying_an_organisation_reports_on_every_shelter()
    {
        var fromA = await referrals.SubmitAsync(organisation: ReferralsClient.ShelterA);
        var fromB = await referrals.SubmitAsync(organisation: ReferralsClient.ShelterB);
        using var admin = fixture.Host.Client(Roles.TenantAdmin, organisationId: ReferralsClient.ShelterA, subject: "admin-with-organisation");

        var report = await PagedLists.AllAsync<RegistrationReportRow>(admin, "/api/referrals/report", TestJson.Options, limit: PageRequest.MaxLimit);
        var shelterList = await admin.GetAsync("/api/referrals/submitted");

        Assert.Contains(report.Items, r => r.ReferralId == fromA);
        Assert.Contains(report.Items, r => r.ReferralId == fromB);
        Assert.Equal(HttpStatusCode.Forbidden, shelterList.StatusCode);
    }

    private static TenantContext Caller(params Claim[] claims)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CtiClaimTypes.Tenant, TestTokens.TenantA), .. claims], "test"));
        return new TenantContext(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } });
    }

    private static Referral UnassignedReferral()
    {
        var woman = new Woman("Kvinde", new DateOnly(1990, 1, 1), null, null, "hash", "phone", "da", false);
        return Domain.Referral.Submit(
            Guid.NewGuid(), TestTokens.TenantA, ReferralsClient.ShelterA, "shelter-user", DateTimeOffset.UtcNow, woman, "children", "childrenWithFather",
            Enum.GetValues<TargetGroupCriterion>().Select(c => new CriterionAssessment(c, true, "Vurderet")).ToList(),
            new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 15), true, "Kontakt", "+4512345678",
            new Situation(true, new DateOnly(2026, 9, 14), false, null, false, true), []).Value!;
    }
}
