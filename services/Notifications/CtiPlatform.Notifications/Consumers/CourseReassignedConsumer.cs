using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>Access follows assignment: her contact profile moves to the new worker with the course.</summary>
public sealed class CourseReassignedConsumer(NotificationsDbContext db) : IConsumer<CourseReassigned>
{
    public async Task Consume(ConsumeContext<CourseReassigned> context)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.CourseId == context.Message.CourseId, context.CancellationToken);
        course?.Reassign(context.Message.WorkerId);
    }
}
