using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.Paging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// The caller's inbox. Entries carry a course id, a kind and a date, no personal data, so reading them is not
/// access-logged; her deliveries the same.
/// </summary>
internal sealed class InboxQueries(NotificationsDbContext db, TenantContext caller)
{
    public async Task<Page<InboxItem>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var entries = await db.InboxEntries.AsNoTracking().VisibleTo(caller).ToPageAsync(e => e.Id, page, ct);
        var ids = entries.Items.Select(e => e.Id).ToList();
        var read = await ReadBy(caller.ActorId).Where(r => ids.Contains(r.EntryId)).Select(r => r.EntryId).ToListAsync(ct);
        return entries.Map(e => new InboxItem(e, read.Contains(e.Id)));
    }

    public Task<int> UnreadCountAsync(CancellationToken ct)
    {
        var read = ReadBy(caller.ActorId);
        return db.InboxEntries.VisibleTo(caller).CountAsync(e => !read.Any(r => r.EntryId == e.Id), ct);
    }

    public Task<Page<Delivery>> DeliveriesAsync(PageRequest page, CancellationToken ct) =>
        db.Deliveries.AsNoTracking().VisibleTo(caller).ToPageAsync(d => d.Id, page, ct);

    private IQueryable<InboxRead> ReadBy(string? readerId) => db.InboxReads.Where(r => r.ReaderId == readerId);
}
