using CtiPlatform.Contracts.Safety;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>A never-contact person was taken off her list: a network person no longer matching anyone listed loses the flag (decision 513).</summary>
internal sealed class NeverContactPersonRemovedConsumer(CourseNetwork network) : IConsumer<NeverContactPersonRemoved>
{
    public Task Consume(ConsumeContext<NeverContactPersonRemoved> context)
    {
        var message = context.Message;
        return network.ApplyListingAsync(message.CourseId, message.TenantId, message.PersonId, message.ChangedAt, null, context.CancellationToken);
    }
}
