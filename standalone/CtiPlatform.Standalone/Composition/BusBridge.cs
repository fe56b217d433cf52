using MassTransit;

namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// Each embedded service has its own in-memory bus, as each distributed service has its own connection. This
/// observer carries every event one of them publishes to the others, keeping its message id and headers (the
/// tenant, for one) so the receiving inboxes see the very message RabbitMQ would have delivered.
/// </summary>
internal sealed class BusBridge(IReadOnlyList<IBus> others) : IPublishObserver
{
    private const string BridgedHeader = "CTI-Bridged";

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public async Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.Headers.Get<string>(BridgedHeader) is not null)
        {
            return;
        }

        foreach (var bus in others)
        {
            await bus.Publish(context.Message, copy =>
            {
                copy.MessageId = context.MessageId;
                copy.CorrelationId = context.CorrelationId;
                foreach (var header in context.Headers.GetAll())
                {
                    copy.Headers.Set(header.Key, header.Value);
                }

                copy.Headers.Set(BridgedHeader, "1");
            }, context.CancellationToken);
        }
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
