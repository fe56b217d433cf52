using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

public sealed class VisitationTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task The_committee_meets_every_14_days_for_six_months_then_monthly()
    {
        using var committee = referrals.Committee();

        var meetings = await committee.GetFromJsonAsync<DateOnly[]>("/api/referrals/committee/meetings?from=2026-01-01&count=15");

        // Six months after 6 January is 6 July, so the 13th fortnightly date (7 July) is already the first monthly one.
        var fortnightly = Enumerable.Range(0, 13).Select(i => new DateOnly(2026, 1, 6).AddDays(14 * i));
        Assert.Equal([.. fortnightly, new DateOnly(2026, 7, 7), new DateOnly(2026, 8, 7)], meetings!);
    }

    [Fact]
    public async Task Referrals_submitted_before_a_meeting_go_on_its_agenda()
    {
        var id = await referrals.SubmitAsync();
        using var committee = referrals.Committee();

        var placed = await committee.PostAsJsonAsync("/api/referrals/committee/agenda", new AgendaRequest(ReferralsClient.NextMeeting), TestJson.Options);
        var agenda = await committee.GetFromJsonAsync<ReferralSummary[]>($"/api/referrals/committee/agenda/{ReferralsClient.NextMeeting:yyyy-MM-dd}", TestJson.Options);

        placed.EnsureSuccessStatusCode();
        var item = Assert.Single(agenda!, r => r.Id == id);
        Assert.Equal(ReferralStatus.OnAgenda, item.Status);
    }

    [Fact]
    public async Task An_agenda_can_only_be_made_for_a_meeting_date()
    {
        using var committee = referrals.Committee();

        var response = await committee.PostAsJsonAsync("/api/referrals/committee/agenda", new AgendaRequest(ReferralsClient.NextMeeting.AddDays(1)), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "meetingDate", "NotAMeetingDate");
    }

    [Fact]
    public async Task Declining_without_a_reason_is_refused_and_changes_nothing()
    {
        var id = await referrals.SubmitAsync();

        var response = await referrals.DeclineAsync(id, reason: null);

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "reason", "ReasonRequiredToDecline");
        Assert.Equal(ReferralStatus.Submitted, (await referrals.GetAsync(id)).Status);
    }

    [Fact]
    public async Task Declining_with_a_reason_records_the_decision_and_its_participants()
    {
        var id = await referrals.SubmitAsync();

        (await referrals.DeclineAsync(id, "Uden for målgruppen")).EnsureSuccessStatusCode();

        var view = await referrals.GetAsync(id);
        Assert.Equal(ReferralStatus.Declined, view.Status);
        Assert.Equal("Uden for målgruppen", view.Decision!.Reason);
        Assert.Equal(ReferralsClient.HeldMeeting, view.Decision.MeetingDate);
        Assert.Equal(ReferralsClient.Participants, view.Decision.Participants);
        Assert.True(view.DecidedAgainstEligibility);
    }

    [Fact]
    public async Task Approving_against_eligibility_needs_a_reason_and_is_flagged()
    {
        var id = await referrals.SubmitAsync(ReferralRequests.Valid(criteriaMet: 1));

        var refused = await referrals.ApproveAsync(id, "worker-eligibility");
        var approved = await referrals.ApproveAsync(id, "worker-eligibility", reason: "Forfølges af ekspartner");

        await refused.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "reason", "ReasonRequiredWhenDecidingAgainstEligibility");
        approved.EnsureSuccessStatusCode();
        var view = await referrals.GetAsync(id);
        Assert.Equal(ReferralStatus.Approved, view.Status);
        Assert.True(view.DecidedAgainstEligibility);
        Assert.Equal("worker-eligibility", view.WorkerId);
    }

    [Fact]
    public async Task Exceeding_the_caseload_limit_needs_an_override_reason()
    {
        const string worker = "worker-busy";
        for (var i = 0; i < ReferralsFixture.NewCoursesWithinTenantALimit - 1; i++)
        {
            (await referrals.ApproveAsync(await referrals.SubmitAsync(), worker)).EnsureSuccessStatusCode();
        }

        var atLimit = await referrals.ApproveAsync(await referrals.SubmitAsync(), worker);
        var beyond = await referrals.SubmitAsync();
        var refused = await referrals.ApproveAsync(beyond, worker);
        var overridden = await referrals.ApproveAsync(beyond, worker, overrideReason: "Kollega på barsel");
        using var lead = referrals.As(Roles.TeamLead);
        var caseload = await lead.GetFromJsonAsync<WorkerCaseloadView[]>("/api/referrals/caseload", TestJson.Options);

        atLimit.EnsureSuccessStatusCode();
        var overLimit = await refused.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "caseloadOverrideReason", "OverrideReasonRequiredAboveCaseloadLimit");
        Assert.Equal(
            "Medarbejderens vægtede sagsstamme vil overstige kommunens grænse. Angiv en begrundelse for at gå ud over den.",
            overLimit.GetProperty("errors").GetProperty("caseloadOverrideReason")[0].GetString());
        overridden.EnsureSuccessStatusCode();
        Assert.Equal("Kollega på barsel", (await referrals.GetAsync(beyond)).CaseloadOverrideReason);
        var load = Assert.Single(caseload!, c => c.WorkerId == worker);
        Assert.Equal(3, load.ActiveCourses);
        Assert.Equal(4.5m, load.WeightedLoad);
        Assert.True(load.OverLimit);
    }

    [Fact]
    public async Task Simultaneous_approvals_for_one_worker_never_pass_her_caseload_limit_without_an_override()
    {
        const string worker = "worker-contended";
        var candidates = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            candidates.Add(await referrals.SubmitAsync());
        }

        var responses = await Task.WhenAll(candidates.Select(id => referrals.ApproveAsync(id, worker)));

        Assert.Equal(ReferralsFixture.NewCoursesWithinTenantALimit, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "caseloadOverrideReason", "OverrideReasonRequiredAboveCaseloadLimit");
        }

        using var lead = referrals.As(Roles.TeamLead);
        var caseload = await lead.GetFromJsonAsync<WorkerCaseloadView[]>("/api/referrals/caseload", TestJson.Options);
        Assert.Equal(ReferralsFixture.NewCoursesWithinTenantALimit, Assert.Single(caseload!, c => c.WorkerId == worker).ActiveCourses);
    }

    [Fact]
    public async Task A_withdrawn_referral_cannot_be_decided()
    {
        var id = await referrals.SubmitAsync();
        using var shelter = referrals.Shelter();

        var withdrawn = await shelter.PostAsync($"/api/referrals/{id}/withdraw", null);
        var approve = await referrals.ApproveAsync(id, "worker-late");

        withdrawn.EnsureSuccessStatusCode();
        var problem = await approve.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("AlreadyDecidedOrWithdrawn", problem.GetProperty("rule").GetString());
        Assert.Equal(ReferralStatus.Withdrawn, (await referrals.GetAsync(id)).Status);
    }

    [Fact]
    public async Task A_possible_duplicate_is_flagged_by_cpr_or_by_name_and_date_of_birth()
    {
        var dob = new DateOnly(1979, 11, 2);
        var cpr = ReferralRequests.CprFor(dob, "1111");
        await referrals.SubmitAsync(ReferralRequests.Valid(name: "Anna  Hansen", dateOfBirth: dob, cpr: cpr));

        var sameCpr = await referrals.SubmitAsync(ReferralRequests.Valid(name: "Anne Hansen", dateOfBirth: dob, cpr: cpr));
        var sameNameAndBirth = await referrals.SubmitAsync(ReferralRequests.Valid(name: "anna hansen", dateOfBirth: dob));
        var other = await referrals.SubmitAsync(ReferralRequests.Valid(name: "Anna Hansen", dateOfBirth: dob.AddDays(1)));
        var otherTenant = await new ReferralsClient(fixture.Host, Testing.TestTokens.TenantB)
            .SubmitAsync(ReferralRequests.Valid(name: "Anna Hansen", dateOfBirth: dob, cpr: cpr));

        Assert.NotEmpty((await referrals.GetAsync(sameCpr)).PossibleDuplicates);
        Assert.NotEmpty((await referrals.GetAsync(sameNameAndBirth)).PossibleDuplicates);
        Assert.Empty((await referrals.GetAsync(other)).PossibleDuplicates);
        Assert.Empty((await new ReferralsClient(fixture.Host, Testing.TestTokens.TenantB).GetAsync(otherTenant)).PossibleDuplicates);
    }
}
