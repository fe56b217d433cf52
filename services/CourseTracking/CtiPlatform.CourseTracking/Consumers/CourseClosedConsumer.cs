using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>
/// The course ended: the record closes, the worker's access ends on the date the lifecycle fixed, and every meeting
/// still planned is cancelled with <c>MeetingCancelled</c>, so she gets no reminder of a meeting that will not be held;
/// the follow-up a year on is armed (decision 511).
/// </summary>
internal sealed class CourseClosedConsumer(CourseRecords records, CourseTrackingDbContext db, IOutbox outbox, TimeProvider time, CourseOutcomes outcomes) : IConsumer<CourseClosed>
{
    /// <summary>Who the access log and the meeting name as having cancelled it.</summary>
    public const string Actor = "course-closed";

    public async Task Consume(ConsumeContext<CourseClosed> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.CourseId, message.TenantId, message.WorkerId, context.CancellationToken);
        course.RecordClosure(message.ClosedOn, message.Reason, message.WorkerAccessEndsOn, message.MoveInDate);
        var planned = await db.Meetings.Where(m => m.CourseId == course.Id && m.Status == MeetingStatus.Planned).ToListAsync(context.CancellationToken);
        foreach (var meeting in planned)
        {
            if (meeting.Cancel(Actor, time.GetUtcNow()) is null)
            {
                MeetingCommands.PublishCancelled(course, meeting, outbox);
            }
        }

        await outcomes.ArmFollowUpAsync(course, message.ClosedOn, context.CancellationToken);
    }
}
