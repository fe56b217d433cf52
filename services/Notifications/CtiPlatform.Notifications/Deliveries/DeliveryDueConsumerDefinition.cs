using MassTransit;

namespace CtiPlatform.Notifications.Deliveries;

/// <summary>The delivery queue. Deliveries are scheduled to it by name, so the name never changes.</summary>
public sealed class DeliveryDueConsumerDefinition : ConsumerDefinition<DeliveryDueConsumer>
{
    public const string QueueName = "notification-delivery";

    public static readonly Uri Address = new($"queue:{QueueName}");

    public DeliveryDueConsumerDefinition() => EndpointName = QueueName;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<DeliveryDueConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Many reminders fall due at the same midnight and each waits on the sidecar, so several run at once.
        endpointConfigurator.PrefetchCount = 64;
        endpointConfigurator.ConcurrentMessageLimit = 16;
    }
}
