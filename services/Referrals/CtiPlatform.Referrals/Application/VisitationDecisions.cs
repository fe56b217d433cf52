using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Application;

/// <summary>The visitation committee's work: agendas, approvals with an assigned worker, and declines.</summary>
internal sealed class VisitationDecisions(
    ReferralsDbContext db, TenantContext caller, IOptions<ReferralsOptions> options, TimeProvider clock, IOutbox outbox, IAccessLog accessLog,
    ReferralQueries referrals, WorkerRegistry workers, CommitteeMeetings meetings)
{
    private ReferralSettings Settings => options.Value.For(caller.RequiredTenantId);

    /// <summary>Puts every referral submitted before the meeting on its agenda, and returns the agenda.</summary>
    public async Task<Outcome<IReadOnlyList<ReferralSummary>>> PlaceOnAgendaAsync(DateOnly meetingDate, CancellationToken ct)
    {
        if (!(await meetings.CalendarAsync(ct)).IsMeetingDate(meetingDate))
        {
            return ReferralRefusal.NotAMeetingDate;
        }

        // "Submitted before the meeting" is judged in Danish local time: a referral sent the evening before counts.
        var meetingStarts = CopenhagenCalendar.StartOf(meetingDate);
        var submitted = await db.Referrals.Where(r => r.Status == ReferralStatus.Submitted && r.SubmittedAt < meetingStarts).ToListAsync(ct);
        foreach (var referral in submitted)
        {
            if (referral.PlaceOnAgenda(meetingDate) is { } refusal)
            {
                return refusal;
            }
        }

        // The agenda is read back from the database with the referrals placed on it earlier, so these must be there too.
        await db.SaveChangesAsync(ct);
        return Outcome<IReadOnlyList<ReferralSummary>>.Done(await referrals.AgendaAsync(meetingDate, ct));
    }

    /// <summary>Approves and assigns the worker; her caseload is weighed under a lock, so simultaneous approvals cannot both pass her limit.</summary>
    public async Task<Outcome<Referral>> ApproveAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        var found = await ForDecisionAsync(id, request, ct);
        if (found.Value is not { } referral)
        {
            return found;
        }

        if (string.IsNullOrWhiteSpace(request.WorkerId))
        {
            return ReferralRefusal.WorkerRequired;
        }

        await WorkerAssignmentLock.AcquireAsync(db, referral.TenantId, request.WorkerId, ct);

        // A typo must not hand her file to whoever happens to have that subject: only a worker the municipality knows.
        if (!await workers.IsAssignableAsync(request.WorkerId, ct))
        {
            return ReferralRefusal.WorkerNotRegistered;
        }
        var phases = await db.WorkerCourses.Where(c => c.WorkerId == request.WorkerId).Select(c => c.Phase).ToListAsync(ct);
        if (referral.Approve(Decision(request), request.WorkerId, Settings.Caseload.AssessAssignment(phases), request.CaseloadOverrideReason) is { } refusal)
        {
            return refusal;
        }

        db.WorkerCourses.Add(WorkerCourse.Assigned(referral.Id, referral.TenantId, request.WorkerId));
        outbox.Publish(new ReferralApproved
        {
            ReferralId = id,
            TenantId = referral.TenantId,
            WorkerId = request.WorkerId,
            ExpectedMoveOutDate = referral.ExpectedMoveOutDate,
            ApprovedAt = referral.Decision!.RecordedAt,
            ReferredAt = referral.SubmittedAt,
        });
        accessLog.Record(ReferralQueries.Subject, id.ToString(), AccessAction.Change, AccessPurposes.VisitationDecision);
        return referral;
    }

    public async Task<Outcome<Referral>> DeclineAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        var found = await ForDecisionAsync(id, request, ct);
        if (found.Value is not { } referral)
        {
            return found;
        }

        if (referral.Decline(Decision(request)) is { } refusal)
        {
            return refusal;
        }

        outbox.Publish(new ReferralDeclined { ReferralId = id, TenantId = referral.TenantId, DeclinedAt = referral.Decision!.RecordedAt });
        accessLog.Record(ReferralQueries.Subject, id.ToString(), AccessAction.Change, AccessPurposes.VisitationDecision);
        return referral;
    }

    /// <summary>
    /// The referral a decision is about, if the committee met on the decision's date (held, not still ahead) and enough
    /// of its members took part.
    /// </summary>
    private async Task<Outcome<Referral>> ForDecisionAsync(Guid id, DecisionRequest request, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return Outcome<Referral>.NotFound;
        }

        var meetingDate = request.MeetingDate!.Value;
        if (!(await meetings.CalendarAsync(ct)).IsMeetingDate(meetingDate))
        {
            return ReferralRefusal.NotAMeetingDate;
        }

        if (meetingDate > CopenhagenCalendar.DateAt(clock.GetUtcNow()))
        {
            return ReferralRefusal.MeetingNotYetHeld;
        }

        var activeWorkers = await db.Workers.Where(w => w.Active).Select(w => w.WorkerId).ToListAsync(ct);
        return Settings.Quorum(activeWorkers).Check(request.Participants!) is { } refusal ? refusal : referral;
    }

    private CommitteeDecision Decision(DecisionRequest request) =>
        new(request.MeetingDate!.Value, request.Participants!, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), clock.GetUtcNow());
}
