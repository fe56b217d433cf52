using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Notifications.Deliveries;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.Protection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// A worker's daily digest (docs/decisions/712-daily-digest.md): one open digest delivery per worker, due the next
/// time it is her chosen time in Denmark, whose message gains the title of each reminder she gets until it goes.
/// It then travels as every delivery does (decision 702), so it too goes at least once.
/// </summary>
public sealed class DailyDigests(
    NotificationsDbContext db, IOutbox outbox, PersonalDataProtector protector, IOptions<NotificationsOptions> options, TimeProvider time)
{
    /// <summary>Adds <paramref name="reminder"/>'s title to <paramref name="recipient"/>'s open digest, or opens one.</summary>
    public async Task AddAsync(WorkerPreference recipient, string address, Reminder reminder, CancellationToken cancellationToken)
    {
        var title = ReminderWording.Title(reminder.Kind, ReminderWording.Danish);

        await LockAsync(recipient.TenantId, recipient.WorkerId, cancellationToken);
        var open = await db.Deliveries.SingleOrDefaultAsync(
            d => d.RecipientId == recipient.WorkerId && d.Channel == DeliveryChannel.EmailDigest && d.State == DeliveryState.Scheduled, cancellationToken);
        if (open is not null)
        {
            var cell = NotificationCells.Message(open.TenantId, open.Id);
            var message = EmailMessage.FromJson(protector.Unprotect(open.ProtectedMessage!, cell));
            open.Reword(protector.Protect(ReminderWording.AddToDigest(message, title).ToJson(), cell));
            return;
        }

        var now = time.GetUtcNow();
        var dueAt = DigestClock.NextAfter(now, recipient.DigestAt!.Value);
        var id = NewId.NextGuid();
        var first = protector.Protect(ReminderWording.Digest(address, title).ToJson(), NotificationCells.Message(recipient.TenantId, id));
        db.Deliveries.Add(Delivery.Schedule(
            id, recipient.TenantId, recipient.WorkerId, null, DeliveryChannel.EmailDigest, options.Value.For(recipient.TenantId).EmailBinding, dueAt, first, now));
        outbox.Schedule(DeliveryDueConsumerDefinition.Address, dueAt, new DeliveryDue { DeliveryId = id, TenantId = recipient.TenantId }, id);
    }

    /// <summary>
    /// Serialises everything that touches a worker's open digest until the transaction ends: two reminders taken in at
    /// once land in one digest (a unique index allows only one waiting digest besides), and a digest being sent either
    /// goes with a title added before it, or the title opens the next digest — never a title written onto a sent one.
    /// </summary>
    public async Task LockAsync(string tenantId, string workerId, CancellationToken cancellationToken)
    {
        // The standalone host's SQLite file has one writer at a time; it needs no lock and has none to take.
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var key = $"daily-digest|{tenantId}|{workerId}";
        await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }
}
