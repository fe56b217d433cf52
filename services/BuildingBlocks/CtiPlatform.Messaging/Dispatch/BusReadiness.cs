using MassTransit;

namespace CtiPlatform.Messaging.Dispatch;

/// <summary>
/// Completes once the bus and all of its receive endpoints are ready. RabbitMQ drops a message published to an
/// exchange no queue is bound to yet, so the dispatcher holds back until this process's own queues are bound:
/// a service that publishes to itself right after start (a saga, a timer that fell due while it was down) would
/// otherwise lose the message on a fresh broker.
/// </summary>
internal sealed class BusReadiness : IBusObserver
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WaitAsync(CancellationToken cancellationToken) => ready.Task.WaitAsync(cancellationToken);

    public void PostCreate(IBus bus)
    {
    }

    public void CreateFaulted(Exception exception)
    {
    }

    public Task PreStart(IBus bus) => Task.CompletedTask;

    // MassTransit calls this once the bus is ready, so the task has completed by then.
    public async Task PostStart(IBus bus, Task<BusReady> busReady)
    {
        await busReady;
        ready.TrySetResult();
    }

    public Task StartFaulted(IBus bus, Exception exception)
    {
        // A bus that failed to start is reported unhealthy; holding the outbox back for good would not help it.
        ready.TrySetResult();
        return Task.CompletedTask;
    }

    public Task PreStop(IBus bus) => Task.CompletedTask;

    public Task PostStop(IBus bus) => Task.CompletedTask;

    public Task StopFaulted(IBus bus, Exception exception) => Task.CompletedTask;
}
