using CtiPlatform.Contracts.Meetings;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>
/// A meeting with her was planned: the SMS the day before is planned, if her profile allows one. A meeting already known
/// is left as it is: planning is its first event, so anything known of it is as late or later (decision 714).
/// </summary>
public sealed class MeetingPlannedConsumer(NotificationsDbContext db, SmsPlanner planner) : IConsumer<MeetingPlanned>
{
    public async Task Consume(ConsumeContext<MeetingPlanned> context)
    {
        var m = context.Message;
        var meeting = await db.SmsMeetings.SingleOrDefaultAsync(x => x.MeetingId == m.MeetingId, context.CancellationToken);
        if (meeting is not null)
        {
            // A redelivery, or it arrived after a move or a cancellation of the meeting, which know better (decision 714).
            return;
        }

        meeting = SmsMeeting.Plan(m.MeetingId, m.CourseId, m.TenantId, m.StartsAt);
        db.SmsMeetings.Add(meeting);
        await planner.PlanAsync(meeting, null, context.CancellationToken);
    }
}
