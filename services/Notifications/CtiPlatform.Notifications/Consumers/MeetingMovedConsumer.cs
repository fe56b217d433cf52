using CtiPlatform.Contracts.Meetings;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>
/// A meeting with her moved: the SMS for the old time is cancelled and exactly one for the new time planned — unless the
/// meeting is cancelled or a later move arrived first (decision 714).
/// </summary>
public sealed class MeetingMovedConsumer(NotificationsDbContext db, SmsPlanner planner) : IConsumer<MeetingMoved>
{
    public async Task Consume(ConsumeContext<MeetingMoved> context)
    {
        var m = context.Message;
        var meeting = await db.SmsMeetings.SingleOrDefaultAsync(x => x.MeetingId == m.MeetingId, context.CancellationToken);
        if (meeting is null)
        {
            // The planning never reached this service (e.g. planned before it ran): the move tells all there is to know.
            meeting = SmsMeeting.Plan(m.MeetingId, m.CourseId, m.TenantId, m.StartsAt, m.Moves);
            db.SmsMeetings.Add(meeting);
        }
        else if (!meeting.Move(m.StartsAt, m.Moves))
        {
            // Cancelled, or a later move (or this one) already arrived: its time stands (decision 714).
            return;
        }

        await planner.PlanAsync(meeting, SmsCancelReason.MeetingMoved, context.CancellationToken);
    }
}
