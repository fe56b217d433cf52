using CtiPlatform.Contracts.Courses;
using CtiPlatform.Referrals.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Consumers;

/// <summary>
/// Records how the course ended and what it ended to for the registration report and when the worker's access to the referral ends, and
/// takes it off the worker's caseload.
/// </summary>
public sealed class CourseClosedConsumer(ReferralsDbContext db) : IConsumer<CourseClosed>
{
    public async Task Consume(ConsumeContext<CourseClosed> context)
    {
        var message = context.Message;
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == message.CourseId, context.CancellationToken);
        referral?.RecordCourseClosed(message.ClosedOn, message.Reason, message.EndsTo, message.WorkerAccessEndsOn);
        if (message.MoveInDate is { } moveIn)
        {
            referral?.RecordMoveIn(moveIn);
        }

        await db.WorkerCourses.Where(c => c.CourseId == message.CourseId).ExecuteDeleteAsync(context.CancellationToken);
    }
}
