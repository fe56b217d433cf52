using System.Collections.Concurrent;

namespace CtiPlatform.Messaging.TestHost;

/// <summary>
/// Counts consumer attempts in memory: a failed attempt rolls its transaction back, so the database cannot
/// count it. One instance per host.
/// </summary>
public sealed class DeliveryAttempts
{
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);

    public int Next(string subject) => attempts.AddOrUpdate(subject, 1, (_, n) => n + 1);

    public int Of(string subject) => attempts.GetValueOrDefault(subject);
}
