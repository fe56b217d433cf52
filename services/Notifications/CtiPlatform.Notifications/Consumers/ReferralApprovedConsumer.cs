using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>An approved referral starts the course SMS to her may be recorded for, assigned to the approved worker.</summary>
public sealed class ReferralApprovedConsumer(NotificationsDbContext db) : IConsumer<ReferralApproved>
{
    public async Task Consume(ConsumeContext<ReferralApproved> context)
    {
        var message = context.Message;

        // The inbox absorbs a redelivered copy; a second approval of the same course (there is none) must not start it twice either.
        if (!await db.Courses.AnyAsync(c => c.CourseId == message.ReferralId, context.CancellationToken))
        {
            db.Courses.Add(NotificationCourse.Start(message.ReferralId, message.TenantId, message.WorkerId));
        }
    }
}
