using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Application;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Referrals.Tests;

/// <summary>
/// The § 141 action plan attached as a PDF (docs/decisions/028 and 032): uploaded by the submitter while the referral
/// is undecided, stored encrypted, opened by those who see the referral with every opening access-logged.
/// </summary>
public sealed class ActionPlanTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);
    private readonly ReferralsClient tenantB = new(fixture.Host, TestTokens.TenantB);

    [Fact]
    public async Task An_uploaded_plan_opens_byte_identical_as_an_uncached_attachment_and_the_view_says_it_is_attached()
    {
        var id = await referrals.SubmitAsync();
        var pdf = ActionPlanContent.Pdf("Handleplan efter servicelovens § 141");

        var uploaded = await UploadAsync(id, pdf);
        using var committee = referrals.Committee();
        var opened = await committee.GetAsync($"/api/referrals/{id}/action-plan");

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(pdf, await opened.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", opened.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", opened.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"handleplan-{id}.pdf", opened.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(["nosniff"], opened.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(opened.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        var attached = (await referrals.GetAsync(id)).ActionPlan;
        Assert.NotNull(attached);
        Assert.Equal((pdf.Length, "shelter-user-krisecenter-a"), (attached.SizeBytes, attached.UploadedBy));
    }

    [Fact]
    public async Task A_referral_without_a_plan_says_so_and_opening_it_is_not_found()
    {
        var id = await referrals.SubmitAsync();
        using var committee = referrals.Committee();

        Assert.Null((await referrals.GetAsync(id)).ActionPlan);
        await (await committee.GetAsync($"/api/referrals/{id}/action-plan")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_newer_upload_replaces_the_plan_and_the_earlier_one_is_not_kept()
    {
        var id = await referrals.SubmitAsync();
        (await UploadAsync(id, ActionPlanContent.Pdf("first version"))).EnsureSuccessStatusCode();
        var second = ActionPlanContent.Pdf("corrected version");

        (await UploadAsync(id, second)).EnsureSuccessStatusCode();

        using var committee = referrals.Committee();
        Assert.Equal(second, await committee.GetByteArrayAsync($"/api/referrals/{id}/action-plan"));
        Assert.Equal(1L, await ScalarAsync<long>($"select count(*) from referral_action_plans where referral_id = '{id}'"));
    }

    [Fact]
    public async Task Its_content_is_stored_encrypted_under_the_current_key_and_never_in_clear()
    {
        var id = await referrals.SubmitAsync();
        const string canary = "KANARIE-7f3a9c-handleplan";

        (await UploadAsync(id, ActionPlanContent.Pdf(canary))).EnsureSuccessStatusCode();

        var stored = await ScalarAsync<byte[]>($"select protected_content from referral_action_plans where referral_id = '{id}'");
        Assert.StartsWith("v2:", System.Text.Encoding.ASCII.GetString(stored, 0, 3));
        Assert.Equal(-1, stored.AsSpan().IndexOf("KANARIE"u8));
        Assert.Equal(-1, stored.AsSpan().IndexOf("%PDF-"u8));
        var row = await ScalarAsync<string>($"select p::text from referral_action_plans p where referral_id = '{id}'");
        Assert.DoesNotContain(canary, row, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString("KANARIE"u8), row, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_opening_is_access_logged_with_who_and_for_what_purpose()
    {
        var id = await referrals.SubmitAsync();
        (await UploadAsync(id, ActionPlanContent.Pdf("logged"))).EnsureSuccessStatusCode();
        using var committee = referrals.Committee();
        using var lead = referrals.As(Roles.TeamLead);

        await committee.GetByteArrayAsync($"/api/referrals/{id}/action-plan");
        await lead.GetByteArrayAsync($"/api/referrals/{id}/action-plan");

        using var admin = referrals.As(Roles.TenantAdmin);
        var entries = (await admin.GetFromJsonAsync<AccessLogEntryView[]>(
            $"/api/referrals/access-log?subjectType={ActionPlans.Subject}&subjectId={id}", TestJson.Options))!;
        Assert.Contains(entries, e => e is { Action: AccessAction.Read, Purpose: AccessPurposes.Visitation, ActorId: "user-visitation-committee" });
        Assert.Contains(entries, e => e is { Action: AccessAction.Read, Purpose: AccessPurposes.CaseloadManagement, ActorId: "user-team-lead" });
    }

    [Fact]
    public async Task The_assigned_worker_opens_it_and_another_worker_gets_not_found()
    {
        var id = await referrals.SubmitAsync();
        var pdf = ActionPlanContent.Pdf("for the assigned worker");
        (await UploadAsync(id, pdf)).EnsureSuccessStatusCode();
        (await referrals.ApproveAsync(id, "worker-with-plan")).EnsureSuccessStatusCode();
        using var assigned = referrals.Worker("worker-with-plan");
        using var other = referrals.Worker("worker-without-plan");

        Assert.Equal(pdf, await assigned.GetByteArrayAsync($"/api/referrals/{id}/action-plan"));
        await (await other.GetAsync($"/api/referrals/{id}/action-plan")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_municipality_neither_opens_nor_uploads_it_and_another_shelter_cannot_upload()
    {
        var id = await referrals.SubmitAsync();
        (await UploadAsync(id, ActionPlanContent.Pdf("municipality A"))).EnsureSuccessStatusCode();
        using var committeeB = tenantB.Committee();
        using var shelterB = tenantB.Shelter();
        using var otherShelter = referrals.Shelter(ReferralsClient.ShelterB);

        await (await committeeB.GetAsync($"/api/referrals/{id}/action-plan")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await shelterB.PutAsync($"/api/referrals/{id}/action-plan", ActionPlanContent.AsPdf(ActionPlanContent.Pdf("B")))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await otherShelter.PutAsync($"/api/referrals/{id}/action-plan", ActionPlanContent.AsPdf(ActionPlanContent.Pdf("B")))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await UploadAsync(Guid.NewGuid(), ActionPlanContent.Pdf("unknown"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_shelter_does_not_open_the_plan_it_uploaded()
    {
        var id = await referrals.SubmitAsync();
        (await UploadAsync(id, ActionPlanContent.Pdf("shelter"))).EnsureSuccessStatusCode();
        using var shelter = referrals.Shelter();

        Assert.Equal(HttpStatusCode.Forbidden, (await shelter.GetAsync($"/api/referrals/{id}/action-plan")).StatusCode);
    }

    [Fact]
    public async Task After_the_decision_the_plan_is_no_longer_replaced()
    {
        var id = await referrals.SubmitAsync();
        (await referrals.DeclineAsync(id, "Uden for målgruppen")).EnsureSuccessStatusCode();

        var problem = await (await UploadAsync(id, ActionPlanContent.Pdf("too late"))).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("ActionPlanOnlyWhileUndecided", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task An_empty_body_is_refused_naming_the_field_and_rule()
    {
        var id = await referrals.SubmitAsync();

        await (await UploadAsync(id, [])).AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "actionPlan", "ActionPlanRequired");
    }

    [Fact]
    public async Task A_body_that_is_not_a_pdf_is_refused_whatever_content_type_the_client_claims()
    {
        var id = await referrals.SubmitAsync();

        var refused = await UploadAsync(id, "<html><script>alert(1)</script></html>"u8.ToArray());

        await refused.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "actionPlan", "ActionPlanMustBePdf");
        Assert.Equal(0L, await ScalarAsync<long>($"select count(*) from referral_action_plans where referral_id = '{id}'"));
    }

    [Fact]
    public async Task A_plan_of_exactly_the_bound_is_accepted_and_one_byte_more_is_refused_in_danish_naming_the_bound()
    {
        var id = await referrals.SubmitAsync();
        var atBound = new byte[ReferralSettings.MaxActionPlanBytes];
        ActionPlanContent.Pdf("bound").CopyTo(atBound, 0);
        var overBound = new byte[ReferralSettings.MaxActionPlanBytes + 1];
        atBound.CopyTo(overBound, 0);

        var accepted = await UploadAsync(id, atBound);
        var refused = await UploadAsync(id, overBound);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ActionPlanTooLarge", problem.GetProperty("rules").GetProperty("actionPlan")[0].GetString());
        Assert.Contains("højst 5 MB", problem.GetProperty("errors").GetProperty("actionPlan")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_oversized_body_is_refused_before_it_has_all_been_sent(bool declared)
    {
        var id = await referrals.SubmitAsync();
        // Declared: 6 MB announced, 1 MB sent. Chunked: one byte past the bound sent. Then the body stalls for good.
        var first = new byte[declared ? 1024 * 1024 : ReferralSettings.MaxActionPlanBytes + 1];
        ActionPlanContent.Pdf("oversized").CopyTo(first, 0);
        var token = TestTokens.Mint(Roles.Shelter, TestTokens.TenantA, ReferralsClient.ShelterA, $"shelter-user-{ReferralsClient.ShelterA}");

        var answer = await ActionPlanContent.PutStallingAsync(
            fixture.Host.Address, $"/api/referrals/{id}/action-plan", token, first, declared ? 6L * 1024 * 1024 : null, TimeSpan.FromSeconds(60));

        Assert.StartsWith("HTTP/1.1 422", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        Assert.Contains("ActionPlanTooLarge", answer, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> UploadAsync(Guid id, byte[] pdf)
    {
        using var shelter = referrals.Shelter();
        return await shelter.PutAsync($"/api/referrals/{id}/action-plan", ActionPlanContent.AsPdf(pdf));
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var admin = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
