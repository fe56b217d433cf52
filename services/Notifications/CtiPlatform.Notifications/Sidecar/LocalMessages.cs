using System.Collections.Concurrent;

namespace CtiPlatform.Notifications.Sidecar;

/// <summary>
/// The messages a host without a sidecar would have sent, newest last, in memory only and at most
/// <see cref="Capacity"/>: a demo's view of what would have gone out, gone with the process.
/// </summary>
public sealed class LocalMessages
{
    public const int Capacity = 500;

    private readonly ConcurrentQueue<LocalMessage> messages = new();

    public void Add(LocalMessage message)
    {
        messages.Enqueue(message);
        while (messages.Count > Capacity && messages.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<LocalMessage> Of(string tenantId) => messages.Where(m => m.TenantId == tenantId).ToList();
}
