using CtiPlatform.Contracts.Safety;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.SafetyPlanning.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Consumers;

/// <summary>
/// Turns a due timer into the reminder event the notifications service reminds on, when what it was armed for still
/// holds: a renewed or ended protection or a closed course makes it stale.
/// </summary>
public sealed class SafetyTimerDueConsumer(SafetyPlanningDbContext db, IOutbox outbox) : IConsumer<SafetyTimerDue>
{
    public async Task Consume(ConsumeContext<SafetyTimerDue> context)
    {
        var timer = context.Message;
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.CourseId == timer.CourseId, context.CancellationToken);
        if (course is null || course.ClosedOn is not null)
        {
            return;
        }

        switch (timer.Kind)
        {
            case SafetyTimerKind.AddressProtectionExpiry:
                var protection = await db.ProtectedAddresses.AsNoTracking().SingleOrDefaultAsync(a => a.CourseId == timer.CourseId, context.CancellationToken);
                if (protection?.ExpiresOn == timer.SubjectDate)
                {
                    outbox.Publish(
                        new AddressProtectionExpiryDue { CourseId = course.CourseId, TenantId = course.TenantId, WorkerId = course.WorkerId, ExpiresOn = timer.SubjectDate },
                        course.CourseId.ToString());
                }

                break;
            case SafetyTimerKind.PlanReview:
                var current = await db.SafetyPlanVersions.AsNoTracking().Where(v => v.CourseId == timer.CourseId)
                    .OrderByDescending(v => v.Version).FirstOrDefaultAsync(context.CancellationToken);
                if (current?.ReviewOn == timer.SubjectDate)
                {
                    outbox.Publish(
                        new SafetyPlanReviewDue { CourseId = course.CourseId, TenantId = course.TenantId, WorkerId = course.WorkerId, ReviewOn = timer.SubjectDate },
                        course.CourseId.ToString());
                }

                break;
        }
    }
}
