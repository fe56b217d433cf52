using CtiPlatform.Contracts.Meetings;
using CtiPlatform.Notifications.Application;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>A meeting with her was cancelled: its SMS not yet sent is cancelled, and none is planned for it again.</summary>
public sealed class MeetingCancelledConsumer(NotificationsDbContext db, SmsPlanner planner) : IConsumer<MeetingCancelled>
{
    public async Task Consume(ConsumeContext<MeetingCancelled> context)
    {
        var m = context.Message;
        var meeting = await db.SmsMeetings.SingleOrDefaultAsync(x => x.MeetingId == m.MeetingId, context.CancellationToken);
        if (meeting is null)
        {
            meeting = SmsMeeting.Plan(m.MeetingId, m.CourseId, m.TenantId, m.StartsAt);
            db.SmsMeetings.Add(meeting);
        }

        meeting.Cancel();
        await planner.CancelOpenAsync(m.CourseId, m.MeetingId, SmsCancelReason.MeetingCancelled, context.CancellationToken);
    }
}
