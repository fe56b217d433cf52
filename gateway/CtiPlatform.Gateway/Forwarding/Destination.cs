namespace CtiPlatform.Gateway.Forwarding;

/// <summary>One instance of a service, and until when it is left out after a failure.</summary>
internal sealed class Destination(Uri address)
{
    private long ejectedUntilUtcTicks;

    /// <summary>The base address without a trailing slash, ready to have a path appended.</summary>
    public string BaseAddress { get; } = address.GetLeftPart(UriPartial.Authority);

    public bool IsAvailable(DateTimeOffset now) => Interlocked.Read(ref ejectedUntilUtcTicks) <= now.UtcTicks;

    public void EjectUntil(DateTimeOffset until) => Interlocked.Exchange(ref ejectedUntilUtcTicks, until.UtcTicks);
}
