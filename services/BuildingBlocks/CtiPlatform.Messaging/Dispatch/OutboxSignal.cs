namespace CtiPlatform.Messaging.Dispatch;

/// <summary>Wakes this process's dispatchers when a unit of work with outbox rows commits, so delivery need not wait for the next poll.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every commit before the dispatcher looks.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
