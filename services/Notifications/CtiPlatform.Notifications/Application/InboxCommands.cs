using CtiPlatform.Domain;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Application;

/// <summary>Marking inbox entries read. Nothing here saves: the request's unit of work does, on success only.</summary>
internal sealed class InboxCommands(NotificationsDbContext db, TenantContext caller, TimeProvider time)
{
    /// <summary>Marks the entry read for the caller; marking it again keeps the first time.</summary>
    public async Task<Outcome<InboxItem>> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.InboxEntries.VisibleTo(caller).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return Outcome<InboxItem>.NotFound;
        }

        var reader = caller.ActorId!;
        if (!await db.InboxReads.AnyAsync(r => r.EntryId == id && r.ReaderId == reader, ct))
        {
            db.InboxReads.Add(InboxRead.Of(entry, reader, time.GetUtcNow()));
        }

        return new InboxItem(entry, true);
    }
}
