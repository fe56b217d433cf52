using CtiPlatform.Contracts.Safety;
using CtiPlatform.CourseTracking.Application;
using MassTransit;

namespace CtiPlatform.CourseTracking.Consumers;

/// <summary>A never-contact person of her course was listed or changed: the fingerprints are kept and her network persons flagged as they match (decision 513).</summary>
internal sealed class NeverContactPersonListedConsumer(CourseNetwork network) : IConsumer<NeverContactPersonListed>
{
    public Task Consume(ConsumeContext<NeverContactPersonListed> context)
    {
        var message = context.Message;
        return network.ApplyListingAsync(
            message.CourseId, message.TenantId, message.PersonId, message.ChangedAt,
            message.Fingerprints.Select(f => CourseNetwork.Fingerprint(f.Kind.ToString(), f.KeyId, f.Hash)).ToList(), context.CancellationToken);
    }
}
