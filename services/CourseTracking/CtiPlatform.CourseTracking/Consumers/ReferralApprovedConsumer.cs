using CtiPlatform.Contracts.Referrals;
using CtiPlatform.CourseTracking.Application;
using CtiPlatform.Domain;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>Opens the course record when the committee approves: the course id is the referral id.</summary>
internal sealed class ReferralApprovedConsumer(CourseRecords records) : IConsumer<ReferralApproved>
{
    public async Task Consume(ConsumeContext<ReferralApproved> context)
    {
        var message = context.Message;
        var course = await records.OpenAsync(message.ReferralId, message.TenantId, message.WorkerId, context.CancellationToken);
        course.RecordApproval(CopenhagenCalendar.DateAt(message.ApprovedAt), message.ExpectedMoveOutDate);
    }
}
