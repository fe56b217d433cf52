using CtiPlatform.Contracts.Referrals;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Consumers;

/// <summary>An approved referral starts the course this service keeps safety data for, assigned to the approved worker.</summary>
public sealed class ReferralApprovedConsumer(SafetyPlanningDbContext db) : IConsumer<ReferralApproved>
{
    public async Task Consume(ConsumeContext<ReferralApproved> context)
    {
        var message = context.Message;

        // The inbox absorbs a redelivered copy; a second approval of the same course (there is none) must not start it twice either.
        if (!await db.Courses.AnyAsync(c => c.CourseId == message.ReferralId, context.CancellationToken))
        {
            db.Courses.Add(SafetyCourse.Start(message.ReferralId, message.TenantId, message.WorkerId));
        }
    }
}
