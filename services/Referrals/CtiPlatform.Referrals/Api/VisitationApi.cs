using CtiPlatform.Domain;
using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.Referrals.Api;

/// <summary>The visitation committee: its meetings, agendas and decisions.</summary>
public static class VisitationApi
{
    public static RouteGroupBuilder MapVisitationApi(this RouteGroupBuilder api)
    {
        var committee = api.MapGroup("/committee").RequireAuthorization(Policies.VisitationCommittee);
        committee.MapGet("/meetings", Meetings).Validates<MeetingsQuery>().WithName("ListCommitteeMeetings").WithSummary("The committee's next meeting dates");
        committee.MapPost("/meetings", AddExtraMeeting).Validates<ExtraMeetingRequest>()
            .WithName("AddCommitteeMeeting").WithSummary("Add an extra committee meeting on a working day");
        committee.MapPost("/meetings/move", MoveMeeting).Validates<MoveMeetingRequest>()
            .WithName("MoveCommitteeMeeting").WithSummary("Move a committee meeting to another working day; its agenda goes with it");
        committee.MapPost("/agenda", PlaceOnAgenda).Validates<AgendaRequest>()
            .WithName("PlaceReferralsOnAgenda").WithSummary("Put every referral submitted before a meeting on its agenda");
        committee.MapGet("/agenda/{meetingDate}", Agenda).WithName("GetAgenda").WithSummary("The referrals on one meeting's agenda");

        api.MapPost("/{id:guid}/approve", Approve).RequireAuthorization(Policies.VisitationCommittee).Validates<DecisionRequest>()
            .WithName("ApproveReferral").WithSummary("Approve a referral and assign a CTI worker");
        api.MapPost("/{id:guid}/decline", Decline).RequireAuthorization(Policies.VisitationCommittee).Validates<DecisionRequest>()
            .WithName("DeclineReferral").WithSummary("Decline a referral, with a reason");
        return api;
    }

    private static async Task<Ok<DateOnly[]>> Meetings([AsParameters] MeetingsQuery query, CommitteeMeetings meetings, TimeProvider clock, CancellationToken ct)
    {
        var start = query.From ?? CopenhagenCalendar.DateAt(clock.GetUtcNow());
        var calendar = await meetings.CalendarAsync(ct);
        return TypedResults.Ok(calendar.MeetingsFrom(start).Take(query.Count ?? MeetingsQuery.DefaultCount).ToArray());
    }

    private static async Task<Results<Created<CommitteeMeetingView>, ProblemHttpResult>> AddExtraMeeting(
        ExtraMeetingRequest request, CommitteeMeetings meetings, CancellationToken ct)
    {
        var added = await meetings.AddExtraAsync(request.MeetingDate!.Value, ct);
        return added.Value is { } meeting
            ? TypedResults.Created($"{ReferralsApi.Prefix}/committee/agenda/{meeting.MeetingDate:yyyy-MM-dd}", meeting.ToView())
            : added.Refusal!.ToProblem(ReferralTexts.ResourceManager);
    }

    private static async Task<Results<Ok<CommitteeMeetingView>, NotFound, ProblemHttpResult>> MoveMeeting(
        MoveMeetingRequest request, CommitteeMeetings meetings, CancellationToken ct) =>
        (await meetings.MoveAsync(request.From!.Value, request.MeetingDate!.Value, ct)).ToOk(m => m.ToView(), ReferralTexts.ResourceManager);

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
