using CtiPlatform.Contracts.Courses;
using CtiPlatform.Referrals.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Consumers;

/// <summary>Keeps the worker's caseload weighting current: a course in phase 1 weighs more than one in a later phase.</summary>
public sealed class PhaseStartedConsumer(ReferralsDbContext db) : IConsumer<PhaseStarted>
{
    public async Task Consume(ConsumeContext<PhaseStarted> context)
    {
        var course = await db.WorkerCourses.SingleOrDefaultAsync(c => c.CourseId == context.Message.CourseId, context.CancellationToken);
        course?.EnterPhase(context.Message.Phase);
    }
}
