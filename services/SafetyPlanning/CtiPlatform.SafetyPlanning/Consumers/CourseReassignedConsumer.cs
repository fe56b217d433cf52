using CtiPlatform.Contracts.Referrals;
using CtiPlatform.SafetyPlanning.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Consumers;

/// <summary>Access follows assignment: the course's safety data moves to the new worker, and the protected address with it.</summary>
public sealed class CourseReassignedConsumer(SafetyPlanningDbContext db) : IConsumer<CourseReassigned>
{
    public async Task Consume(ConsumeContext<CourseReassigned> context)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.CourseId == context.Message.CourseId, context.CancellationToken);
        course?.Reassign(context.Message.WorkerId);
    }
}
