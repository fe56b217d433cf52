using MassTransit;

namespace CtiPlatform.SafetyPlanning.Consumers;

/// <summary>The service's timer queue. Its timers are addressed to it by name, so the name never changes.</summary>
public sealed class SafetyTimerDueConsumerDefinition : ConsumerDefinition<SafetyTimerDueConsumer>
{
    public const string QueueName = "safety-timers";

    public static readonly Uri Address = new($"queue:{QueueName}");

    public SafetyTimerDueConsumerDefinition() => EndpointName = QueueName;
}
