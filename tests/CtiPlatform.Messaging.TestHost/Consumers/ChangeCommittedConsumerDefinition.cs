using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Consumers;

/// <summary>One message at a time, so the order side effects are written in is the order the queue delivered.</summary>
public sealed class ChangeCommittedConsumerDefinition : ConsumerDefinition<ChangeCommittedConsumer>
{
    public ChangeCommittedConsumerDefinition() => ConcurrentMessageLimit = 1;
}
