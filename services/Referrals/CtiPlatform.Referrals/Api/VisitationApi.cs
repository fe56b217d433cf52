using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Api;

/// <summary>The visitation committee: its meetings, agendas and decisions.</summary>
public static class VisitationApi
{
    private static readonly TimeZoneInfo Denmark = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static RouteGroupBuilder MapVisitationApi(this RouteGroupBuilder api)
    {
        var committee = api.MapGroup("/committee").RequireAuthorization(Policies.VisitationCommittee);
        committee.MapGet("/meetings", Meetings).WithName("ListCommitteeMeetings").WithSummary("The committee's next meeting dates");
        committee.MapPost("/agenda", PlaceOnAgenda).Validates<AgendaRequest>()
            .WithName("PlaceReferralsOnAgenda").WithSummary("Put every referral submitted before a meeting on its agenda");
        committee.MapGet("/agenda/{meetingDate}", Agenda).WithName("GetAgenda").WithSummary("The referrals on one meeting's agenda");

        api.MapPost("/{id:guid}/approve", Approve).RequireAuthorization(Policies.VisitationCommittee).Validates<DecisionRequest>()
            .WithName("ApproveReferral").WithSummary("Approve a referral and assign a CTI worker");
        api.MapPost("/{id:guid}/decline", Decline).RequireAuthorization(Policies.VisitationCommittee).Validates<DecisionRequest>()
            .WithName("DeclineReferral").WithSummary("Decline a referral, with a reason");
        return api;
    }

    private static Ok<DateOnly[]> Meetings(DateOnly? from, int? count, TenantContext caller, IOptions<ReferralsOptions> options, TimeProvider clock)
    {
        var start = from ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Denmark).Date);
        var calendar = options.Value.For(caller.RequiredTenantId).Calendar;
        return TypedResults.Ok(calendar.MeetingsFrom(start).Take(Math.Clamp(count ?? 6, 1, 52)).ToArray());
    }

    private static async Task<Results<Ok<ReferralSummary[]>, ProblemHttpResult>> PlaceOnAgenda(
        AgendaRequest request, ReferralsDbContext db, TenantContext caller, IOptions<ReferralsOptions> options, CancellationToken ct)
    {
        var meetingDate = request.MeetingDate!.Value;
        if (!options.Value.For(caller.RequiredTenantId).Calendar.IsMeetingDate(meetingDate))
        {
            return ValidationProblems.Unprocessable("meetingDate", "NotAMeetingDate", ReferralTexts.NotAMeetingDate);
        }

        // "Submitted before the meeting" is judged in Danish local time: a referral sent the evening before counts.
        var midnight = meetingDate.ToDateTime(TimeOnly.MinValue);
        var meetingStarts = new DateTimeOffset(midnight, Denmark.GetUtcOffset(midnight)).ToUniversalTime();
        var submitted = await db.Referrals.Where(r => r.Status == ReferralStatus.Submitted && r.SubmittedAt < meetingStarts).ToListAsync(ct);
        foreach (var referral in submitted)
        {
            referral.PlaceOnAgenda(meetingDate);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await AgendaItemsAsync(db, meetingDate, ct));
    }

    private static async Task<Ok<ReferralSummary[]>> Agenda(DateOnly meetingDate, ReferralsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AgendaItemsAsync(db, meetingDate, ct));

    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> Approve(
        Guid id, DecisionRequest request, ReferralsDbContext db, TenantContext caller, IOptions<ReferralsOptions> options,
        TimeProvider clock, IOutbox outbox, IAccessLog accessLog, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var settings = options.Value.For(caller.RequiredTenantId);
        if (MeetingProblem(request, settings) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request.WorkerId))
        {
            return ValidationProblems.Unprocessable("workerId", "WorkerRequired", ReferralTexts.WorkerRequired);
        }

        await WorkerAssignmentLock.AcquireAsync(db, referral.TenantId, request.WorkerId, ct);
        var phases = await db.WorkerCourses.Where(c => c.WorkerId == request.WorkerId).Select(c => c.Phase).ToListAsync(ct);
        referral.Approve(Decision(request, clock), request.WorkerId, settings.Caseload.AssessAssignment(phases), request.CaseloadOverrideReason);
        db.WorkerCourses.Add(WorkerCourse.Assigned(referral.Id, referral.TenantId, request.WorkerId));
        outbox.Publish(new ReferralApproved
        {
            ReferralId = id,
            TenantId = referral.TenantId,
            WorkerId = request.WorkerId,
            ExpectedMoveOutDate = referral.ExpectedMoveOutDate,
            ApprovedAt = referral.Decision!.RecordedAt,
        });
        await accessLog.RecordAsync(ReferralAccess.Subject, id.ToString(), AccessAction.Change, ReferralAccess.DecisionPurpose, ct);
        return TypedResults.Ok(referral.ToSummary());
    }

    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> Decline(
        Guid id, DecisionRequest request, ReferralsDbContext db, TenantContext caller, IOptions<ReferralsOptions> options,
        TimeProvider clock, IOutbox outbox, IAccessLog accessLog, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        if (MeetingProblem(request, options.Value.For(caller.RequiredTenantId)) is { } problem)
        {
            return problem;
        }

        referral.Decline(Decision(request, clock));
        outbox.Publish(new ReferralDeclined { ReferralId = id, TenantId = referral.TenantId, DeclinedAt = referral.Decision!.RecordedAt });
        await accessLog.RecordAsync(ReferralAccess.Subject, id.ToString(), AccessAction.Change, ReferralAccess.DecisionPurpose, ct);
        return TypedResults.Ok(referral.ToSummary());
    }

    private static ProblemHttpResult? MeetingProblem(DecisionRequest request, TenantReferralSettings settings) =>
        settings.Calendar.IsMeetingDate(request.MeetingDate!.Value)
            ? null
            : ValidationProblems.Unprocessable("meetingDate", "NotAMeetingDate", ReferralTexts.NotAMeetingDate);

    private static CommitteeDecision Decision(DecisionRequest request, TimeProvider clock) =>
        new(request.MeetingDate!.Value, request.Participants!, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), clock.GetUtcNow());

    private static async Task<ReferralSummary[]> AgendaItemsAsync(ReferralsDbContext db, DateOnly meetingDate, CancellationToken ct) =>
        (await db.Referrals.AsNoTracking().Where(r => r.AgendaMeetingDate == meetingDate).OrderBy(r => r.SubmittedAt).ToListAsync(ct))
        .Select(r => r.ToSummary()).ToArray();
}
