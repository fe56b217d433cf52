using CtiPlatform.Notifications.Application;
using MassTransit;

namespace CtiPlatform.Notifications.Deliveries;

/// <summary>Hands a due delivery to the sidecar, in the inbox's unit of work (docs/decisions/702-delivery-engine.md).</summary>
public sealed class DeliveryDueConsumer(DeliveryRunner runner) : IConsumer<DeliveryDue>
{
    public Task Consume(ConsumeContext<DeliveryDue> context) => runner.RunAsync(context.Message.DeliveryId, context.CancellationToken);
}
