using CtiPlatform.Domain;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// The committee's calendar: the municipality's rhythm on working days, with the meetings the committee moved or
/// added (docs/decisions/026-committee-meetings-on-working-days.md). The tenant is the context's and the table's RLS.
/// </summary>
internal sealed class CommitteeMeetings(ReferralsDbContext db, TenantContext caller, IOptions<ReferralsOptions> options, TimeProvider clock)
{
    public async Task<VisitationCalendar> CalendarAsync(CancellationToken ct) =>
        options.Value.For(caller.RequiredTenantId).Calendar with { Changes = await db.CommitteeMeetings.AsNoTracking().ToListAsync(ct) };

    /// <summary>Adds an extra meeting on a working day that is not already a meeting.</summary>
    public async Task<Outcome<CommitteeMeeting>> AddExtraAsync(DateOnly meetingDate, CancellationToken ct)
    {
        if (await RefuseAsNewDateAsync(meetingDate, ct) is { } refusal)
        {
            return refusal;
        }

        var meeting = CommitteeMeeting.Extra(caller.RequiredTenantId, meetingDate, caller.ActorId!, clock.GetUtcNow());
        db.CommitteeMeetings.Add(meeting);
        return meeting;
    }

    /// <summary>
    /// Moves a meeting no decision has been recorded for to another working day; the referrals on its agenda go with it.
    /// </summary>
    public async Task<Outcome<CommitteeMeeting>> MoveAsync(DateOnly from, DateOnly meetingDate, CancellationToken ct)
    {
        var calendar = await CalendarAsync(ct);
        if (!calendar.IsMeetingDate(from))
        {
            return ReferralRefusal.NoMeetingToMove;
        }

        if (await db.Referrals.AnyAsync(r => r.Decision != null && r.Decision.MeetingDate == from, ct))
        {
            return ReferralRefusal.MeetingHasDecisions;
        }

        if (await RefuseAsNewDateAsync(meetingDate, ct) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var meeting = await db.CommitteeMeetings.SingleOrDefaultAsync(m => m.MeetingDate == from, ct);
        if (meeting is null)
        {
            meeting = CommitteeMeeting.Moved(caller.RequiredTenantId, from, meetingDate, caller.ActorId!, now);
            db.CommitteeMeetings.Add(meeting);
        }
        else
        {
            meeting.MoveTo(meetingDate, caller.ActorId!, now);
        }

        foreach (var referral in await db.Referrals.Where(r => r.AgendaMeetingDate == from).ToListAsync(ct))
        {
            referral.MoveAgenda(meetingDate);
        }

        return meeting;
    }

    private async Task<Refusal?> RefuseAsNewDateAsync(DateOnly meetingDate, CancellationToken ct)
    {
        if (!DanishWorkingDays.IsWorkingDay(meetingDate))
        {
            return ReferralRefusal.NotAWorkingDay;
        }

        return (await CalendarAsync(ct)).IsMeetingDate(meetingDate) ? ReferralRefusal.AlreadyAMeetingDate : null;
    }
}
