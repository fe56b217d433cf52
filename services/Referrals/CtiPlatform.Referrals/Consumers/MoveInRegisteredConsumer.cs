using CtiPlatform.Contracts.Courses;
using CtiPlatform.Referrals.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Consumers;

/// <summary>Fills in her move-in date for the registration report.</summary>
public sealed class MoveInRegisteredConsumer(ReferralsDbContext db) : IConsumer<MoveInRegistered>
{
    public async Task Consume(ConsumeContext<MoveInRegistered> context)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == context.Message.CourseId, context.CancellationToken);
        referral?.RecordMoveIn(context.Message.MoveInDate);
    }
}
