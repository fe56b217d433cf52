using CtiPlatform.Contracts.Meetings;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>A meeting with her was planned: the SMS the day before is planned, if her profile allows one.</summary>
public sealed class MeetingPlannedConsumer(NotificationsDbContext db, SmsPlanner planner) : IConsumer<MeetingPlanned>
{
    public async Task Consume(ConsumeContext<MeetingPlanned> context)
    {
        var m = context.Message;
        var meeting = await db.SmsMeetings.SingleOrDefaultAsync(x => x.MeetingId == m.MeetingId, context.CancellationToken);
        if (meeting is null)
        {
            meeting = SmsMeeting.Plan(m.MeetingId, m.CourseId, m.TenantId, m.StartsAt);
            db.SmsMeetings.Add(meeting);
            await planner.PlanAsync(meeting, null, context.CancellationToken);
        }
        else if (meeting.StartsAt != m.StartsAt)
        {
            // Planned again with another time (there is no such event today): as good as moved.
            meeting.Move(m.StartsAt);
            await planner.PlanAsync(meeting, SmsCancelReason.MeetingMoved, context.CancellationToken);
        }
    }
}
