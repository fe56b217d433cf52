using System.Net.Http.Json;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Referrals.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Answers that carry her data are access-logged like reads: who, what, when and for what purpose.</summary>
public sealed class AccessLoggingTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task Submitting_approving_and_reassigning_are_logged_with_actor_and_purpose()
    {
        var id = await referrals.SubmitAsync();
        (await referrals.ApproveAsync(id, "worker-logged")).EnsureSuccessStatusCode();
        await referrals.RegisterWorkerAsync("worker-logged-next");
        using (var lead = referrals.As(Roles.TeamLead))
        {
            (await lead.PostAsJsonAsync($"/api/referrals/{id}/reassign", new ReassignRequest("worker-logged-next", "Ferie"), TestJson.Options))
                .EnsureSuccessStatusCode();
        }

        var entries = await LogOfAsync(id);

        Assert.Contains(entries, e => e is { Action: AccessAction.Change, Purpose: AccessPurposes.ReferralSubmission, ActorId: "shelter-user-krisecenter-a" });
        Assert.Contains(entries, e => e is { Action: AccessAction.Change, Purpose: AccessPurposes.VisitationDecision, ActorId: "user-visitation-committee" });
        Assert.Contains(entries, e => e is { Action: AccessAction.Change, Purpose: AccessPurposes.Reassignment, ActorId: "user-team-lead" });
    }

    [Fact]
    public async Task Declining_is_logged_with_actor_and_purpose()
    {
        var id = await referrals.SubmitAsync();

        (await referrals.DeclineAsync(id, "Uden for målgruppen")).EnsureSuccessStatusCode();

        Assert.Contains(await LogOfAsync(id), e => e is { Action: AccessAction.Change, Purpose: AccessPurposes.VisitationDecision, ActorId: "user-visitation-committee" });
    }

    [Fact]
    public async Task Each_row_of_the_registration_report_is_logged_as_a_read_for_reporting()
    {
        var id = await referrals.SubmitAsync();
        (await referrals.DeclineAsync(id, "Ønsker ikke forløb")).EnsureSuccessStatusCode();
        using var admin = referrals.As(Roles.TenantAdmin);

        var report = await PagedLists.AllAsync<RegistrationReportRow>(admin, "/api/referrals/report", TestJson.Options, limit: PageRequest.MaxLimit);

        Assert.Contains(report.Items, r => r.ReferralId == id);
        Assert.Contains(await LogOfAsync(id), e => e is { Action: AccessAction.Read, Purpose: AccessPurposes.Reporting, ActorId: "user-tenant-admin" });
    }

    private async Task<AccessLogEntryView[]> LogOfAsync(Guid id)
    {
        using var admin = referrals.As(Roles.TenantAdmin);
        return (await admin.GetFromJsonAsync<AccessLogEntryView[]>($"/api/referrals/access-log?subjectType=referral&subjectId={id}", TestJson.Options))!;
    }
}
