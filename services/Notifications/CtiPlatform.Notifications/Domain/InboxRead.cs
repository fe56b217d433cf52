using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>That one reader has read one inbox entry, and when.</summary>
public sealed class InboxRead : ITenantOwned
{
    private InboxRead()
    {
    }

    public Guid EntryId { get; private set; }

    public string ReaderId { get; private set; } = "";

    public string TenantId { get; private set; } = "";

    public DateTimeOffset ReadAt { get; private set; }

    public static InboxRead Of(InboxEntry entry, string readerId, DateTimeOffset now) =>
        new() { EntryId = entry.Id, ReaderId = readerId, TenantId = entry.TenantId, ReadAt = now };
}
