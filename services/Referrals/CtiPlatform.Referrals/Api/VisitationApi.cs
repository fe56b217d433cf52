using CtiPlatform.Domain;
using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Api;

/// <summary>The visitation committee: its meetings, agendas and decisions.</summary>
public static class VisitationApi
{
    public static RouteGroupBuilder MapVisitationApi(this RouteGroupBuilder api)
    {
        var committee = api.MapGroup("/committee").RequireAuthorization(Policies.VisitationCommittee);
        committee.MapGet("/meetings", Meetings).Validates<MeetingsQuery>().WithName("ListCommitteeMeetings").WithSummary("The committee's next meeting dates");
        committee.MapPost("/agenda", PlaceOnAgenda).Validates<AgendaRequest>()
            .WithName("PlaceReferralsOnAgenda").WithSummary("Put every referral submitted before a meeting on its agenda");
        committee.MapGet("/agenda/{meetingDate}", Agenda).WithName("GetAgenda").WithSummary("The referrals on one meeting's agenda");

        api.MapPost("/{id:guid}/approve", Approve).RequireAuthorization(Policies.VisitationCommittee).Validates<DecisionRequest>()
            .WithName("ApproveReferral").WithSummary("Approve a referral and assign a CTI worker");
        api.MapPost("/{id:guid}/decline", Decline).RequireAuthorization(Policies.VisitationCommittee).Validates<DecisionRequest>()
            .WithName("DeclineReferral").WithSummary("Decline a referral, with a reason");
        return api;
    }

    private static Ok<DateOnly[]> Meetings([AsParameters] MeetingsQuery query, TenantContext caller, IOptions<ReferralsOptions> options, TimeProvider clock)
    {
        var start = query.From ?? CopenhagenCalendar.DateAt(clock.GetUtcNow());
        var calendar = options.Value.For(caller.RequiredTenantId).Calendar;
        return TypedResults.Ok(calendar.MeetingsFrom(start).Take(query.Count ?? MeetingsQuery.DefaultCount).ToArray());
    }

    private static async Task<Results<Ok<IReadOnlyList<ReferralSummary>>, NotFound, ProblemHttpResult>> PlaceOnAgenda(
        AgendaRequest request, VisitationDecisions visitation, CancellationToken ct) =>
        (await visitation.PlaceOnAgendaAsync(request.MeetingDate!.Value, ct)).ToOk(agenda => agenda, ReferralTexts.ResourceManager);

    private static async Task<Ok<IReadOnlyList<ReferralSummary>>> Agenda(DateOnly meetingDate, ReferralQueries referrals, CancellationToken ct) =>
        TypedResults.Ok(await referrals.AgendaAsync(meetingDate, ct));

    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> Approve(
        Guid id, DecisionRequest request, VisitationDecisions visitation, CancellationToken ct) =>
        (await visitation.ApproveAsync(id, request, ct)).ToOk(r => r.ToSummary(), ReferralTexts.ResourceManager);

    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> Decline(
        Guid id, DecisionRequest request, VisitationDecisions visitation, CancellationToken ct) =>
        (await visitation.DeclineAsync(id, request, ct)).ToOk(r => r.ToSummary(), ReferralTexts.ResourceManager);
}
