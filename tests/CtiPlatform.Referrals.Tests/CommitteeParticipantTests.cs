using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>A decision names its participants from the committee's members, at least the municipality's minimum of them.</summary>
public sealed class CommitteeParticipantTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task One_member_cannot_decide_alone_and_nothing_is_recorded()
    {
        var id = await referrals.SubmitAsync();

        var alone = await DeclineAsync(id, [ReferralsClient.Participants[0]]);
        var twiceTheSame = await DeclineAsync(id, [ReferralsClient.Participants[0], ReferralsClient.Participants[0]]);

        await alone.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "participants", "TooFewCommitteeParticipants");
        await twiceTheSame.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "participants", "TooFewCommitteeParticipants");
        Assert.Equal(ReferralStatus.Submitted, (await referrals.GetAsync(id)).Status);
    }

    [Fact]
    public async Task Participants_must_be_committee_members()
    {
        var id = await referrals.SubmitAsync();

        var outsider = await DeclineAsync(id, [ReferralsClient.Participants[0], "someone-else"]);

        await outsider.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "participants", "ParticipantNotACommitteeMember");
        Assert.Equal(ReferralStatus.Submitted, (await referrals.GetAsync(id)).Status);
    }

    [Fact]
    public async Task The_municipalitys_active_cti_workers_are_members_and_a_deactivated_one_is_not()
    {
        await referrals.RegisterWorkerAsync("worker-member");
        await referrals.RegisterWorkerAsync("worker-left");
        using (var lead = referrals.As(CtiPlatform.ServiceDefaults.Security.Roles.TeamLead))
        {
            (await lead.PostAsync("/api/referrals/workers/worker-left/deactivate", null)).EnsureSuccessStatusCode();
        }

        var first = await referrals.SubmitAsync();
        var second = await referrals.SubmitAsync();

        var withWorker = await DeclineAsync(first, ["worker-member", ReferralsClient.Participants[1]]);
        var withFormerWorker = await DeclineAsync(second, ["worker-left", ReferralsClient.Participants[1]]);

        withWorker.EnsureSuccessStatusCode();
        Assert.Equal(["worker-member", ReferralsClient.Participants[1]], (await referrals.GetAsync(first)).Decision!.Participants);
        await withFormerWorker.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "participants", "ParticipantNotACommitteeMember");
    }

    private async Task<HttpResponseMessage> DeclineAsync(Guid id, IReadOnlyList<string> participants)
    {
        using var committee = referrals.Committee();
        return await committee.PostAsJsonAsync($"/api/referrals/{id}/decline",
            new DecisionRequest(ReferralsClient.HeldMeeting, participants, "Ønsker ikke CTI", null, null), TestJson.Options);
    }
}
