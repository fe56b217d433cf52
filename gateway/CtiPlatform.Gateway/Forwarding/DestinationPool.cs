namespace CtiPlatform.Gateway.Forwarding;

/// <summary>
/// Round-robin over a route's destinations with passive health: a destination whose request failed at the
/// transport level is skipped for the ejection period. When every destination is out, the rotation carries on
/// over all of them, because refusing every request would turn a blip into an outage (decision 303).
/// </summary>
internal sealed class DestinationPool(IEnumerable<string> addresses, TimeSpan ejectionPeriod, TimeProvider time)
{
    private readonly Destination[] destinations = addresses.Select(a => new Destination(new Uri(a))).ToArray();
    private int next = -1;

    public int Count => destinations.Length;

    public Destination Next()
    {
        var now = time.GetUtcNow();
        var start = (uint)Interlocked.Increment(ref next);
        for (var i = 0u; i < destinations.Length; i++)
        {
            var candidate = destinations[(start + i) % destinations.Length];
            if (candidate.IsAvailable(now))
            {
                return candidate;
            }
        }

        return destinations[start % destinations.Length];
    }

    public void Eject(Destination destination) => destination.EjectUntil(time.GetUtcNow() + ejectionPeriod);
}
