using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Referrals.Tests;

public sealed class SubmittingReferralsTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task A_shelter_submits_a_referral_and_gets_its_status_back_without_her_personal_data()
    {
        using var shelter = referrals.Shelter();
        var request = ReferralRequests.Valid();

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(request.Woman!.Name!, body);
        Assert.DoesNotContain("12 34 56 78", body);
        var status = await response.Content.ReadFromJsonAsync<ReferralStatusView>(TestJson.Options);
        Assert.Equal(ReferralStatus.Submitted, status!.Status);
        Assert.EndsWith($"/api/referrals/{status.Id}/status", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Missing_fields_are_each_named_with_the_rule_they_broke()
    {
        using var shelter = referrals.Shelter();

        var response = await shelter.PostAsJsonAsync("/api/referrals", new { woman = new { name = "" } }, TestJson.Options);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "woman.name", "woman.dateOfBirth", "woman.phone", "criteria", "actionPlanDate", "expectedMoveOutDate", "consentToShareHistory", "shelterContact" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing in {errors}");
        }

        Assert.Equal("NotEmpty", problem.GetProperty("rules").GetProperty("woman.name")[0].GetString());
    }

    [Theory]
    [InlineData("010190-1234", "CprMatchesDateOfBirth")]
    [InlineData("12345", "CprFormat")]
    public async Task A_cpr_number_must_be_well_formed_and_match_her_date_of_birth(string cpr, string rule)
    {
        using var shelter = referrals.Shelter();
        var request = ReferralRequests.Valid(dateOfBirth: new DateOnly(1991, 5, 17), cpr: cpr);

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "woman.cpr", rule);
    }

    [Fact]
    public async Task She_must_be_an_adult()
    {
        using var shelter = referrals.Shelter();
        var request = ReferralRequests.Valid(dateOfBirth: DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-17));

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "woman.dateOfBirth", "Adult");
    }

    [Fact]
    public async Task A_met_criterion_needs_a_justification()
    {
        using var shelter = referrals.Shelter();
        var valid = ReferralRequests.Valid(criteriaMet: 2);
        var request = valid with { Criteria = [valid.Criteria![0] with { Justification = "" }, .. valid.Criteria.Skip(1)] };

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "criteria[0].justification", "JustificationRequired");
    }

    [Fact]
    public async Task Cpr_number_and_phone_are_stored_encrypted_and_read_back_in_clear()
    {
        var dob = new DateOnly(1988, 3, 9);
        var cpr = ReferralRequests.CprFor(dob, "4321");
        var id = await referrals.SubmitAsync(ReferralRequests.Valid(dateOfBirth: dob, cpr: cpr));

        await using var admin = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand("select row_to_json(r)::text from referrals r where id = @id", admin);
        command.Parameters.AddWithValue("id", id);
        var row = (string)(await command.ExecuteScalarAsync())!;
        var view = await referrals.GetAsync(id);

        Assert.DoesNotContain("4321", row);
        Assert.DoesNotContain("12 34 56 78", row);
        Assert.Equal(cpr.Replace("-", ""), view.Woman.Cpr);
        Assert.Equal("+45 12 34 56 78", view.Woman.Phone);
    }

    [Fact]
    public async Task Her_name_cpr_number_and_phone_never_reach_the_log()
    {
        var dob = new DateOnly(1983, 2, 14);
        var cpr = ReferralRequests.CprFor(dob, "5511");
        var request = ReferralRequests.Valid(name: "Dorthe Loggesen", dateOfBirth: dob, cpr: cpr);
        var id = await referrals.SubmitAsync(request);
        await referrals.GetAsync(id);
        using (var shelter = referrals.Shelter())
        {
            var invalid = request with { Woman = request.Woman! with { Cpr = "140283-55", Phone = "+45 99 88 77 66" } };
            await shelter.PostAsJsonAsync("/api/referrals?name=Dorthe+Loggesen", invalid, TestJson.Options);
            await shelter.PostAsync("/api/referrals", new StringContent(
                "{\"woman\":{\"name\":\"Dorthe Loggesen\",\"dateOfBirth\":\"Loggesen\"}}", System.Text.Encoding.UTF8, "application/json"));
        }

        using (var committee = referrals.Committee())
        {
            await committee.GetAsync("/api/referrals?status=Dorthe");
        }

        var log = string.Join('\n', fixture.Logs.Lines);

        Assert.Contains(id.ToString(), log);
        foreach (var personal in new[] { "Dorthe", "Loggesen", "140283", "5511", "12 34 56 78", "99 88 77 66" })
        {
            Assert.DoesNotContain(personal, log);
        }
    }

    [Fact]
    public async Task Eligibility_needs_at_least_two_criteria()
    {
        var one = await referrals.SubmitAsync(ReferralRequests.Valid(criteriaMet: 1));
        var two = await referrals.SubmitAsync(ReferralRequests.Valid(criteriaMet: 2));

        Assert.False((await referrals.GetAsync(one)).Eligible);
        Assert.True((await referrals.GetAsync(two)).Eligible);
    }

    [Fact]
    public async Task Reading_her_data_is_access_logged_with_who_and_why()
    {
        var id = await referrals.SubmitAsync();

        await referrals.GetAsync(id);
        using var admin = referrals.As(Roles.TenantAdmin);
        var entries = await admin.GetFromJsonAsync<List<AccessEntry>>($"/api/referrals/access-log?subjectId={id}", TestJson.Options);

        Assert.Contains(entries!, e => e.Action == "Read" && e.Purpose == "visitation" && e.ActorRoles == Roles.VisitationCommittee);
        Assert.Contains(entries!, e => e.Action == "Change" && e.Purpose == "referral-submission");
    }

    [Fact]
    public async Task A_shelter_user_without_an_organisation_cannot_submit()
    {
        using var shelter = fixture.Host.Client(Roles.Shelter, TestTokens.TenantA, organisationId: null);

        var response = await shelter.PostAsJsonAsync("/api/referrals", ReferralRequests.Valid(), TestJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Every_tenant_table_has_forced_row_level_security()
    {
        await using var owner = new NpgsqlConnection(fixture.Database.OwnerConnectionString);
        await owner.OpenAsync();

        Assert.Empty(await RowLevelSecurityCatalog.UnprotectedTenantTablesAsync(owner));
    }

    private sealed record AccessEntry(string ActorId, string ActorRoles, string Action, string Purpose);
}
