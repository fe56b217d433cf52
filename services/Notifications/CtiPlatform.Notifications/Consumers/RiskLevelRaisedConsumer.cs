using CtiPlatform.Contracts.Safety;
using CtiPlatform.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Consumers;

/// <summary>
/// Her risk level was raised: SMS to her pause, unless her municipality set <c>PauseSmsOnRaisedRisk</c> to false, until her
/// worker records her contact profile again with her (decision 709).
/// </summary>
public sealed class RiskLevelRaisedConsumer(NotificationsDbContext db, IOptions<NotificationsOptions> options) : IConsumer<RiskLevelRaised>
{
    public async Task Consume(ConsumeContext<RiskLevelRaised> context)
    {
        var m = context.Message;
        if (!options.Value.For(m.TenantId).PauseSmsOnRaisedRisk)
        {
            return;
        }

        var course = await db.Courses.FromSql($"select * from notification_courses where course_id = {m.CourseId} for update").SingleOrDefaultAsync(context.CancellationToken);
        course?.PauseSms(m.RaisedAt);
    }
}
