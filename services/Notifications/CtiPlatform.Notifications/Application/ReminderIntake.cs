using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Notifications.Deliveries;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// Takes in a reminder of another service: one inbox entry, and an e-mail delivery, due now, to each recipient who
/// asked for e-mail — or, for one who chose a daily digest, its title in her next digest. Runs in the consumer's unit of work, so the entry, the deliveries and their timers commit together.
/// </summary>
public sealed class ReminderIntake(
    NotificationsDbContext db, TenantContext tenant, IOutbox outbox, PersonalDataProtector protector, IOptions<NotificationsOptions> options, TimeProvider time,
    DailyDigests digests)
{
    public async Task ReceiveAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var now = time.GetUtcNow();
        var entry = InboxEntry.For(NewId.NextGuid(), tenantId, reminder, Roles.TeamLead, now);
        db.InboxEntries.Add(entry);

        var recipients = reminder.ForTeamLead
            ? db.WorkerPreferences.Where(p => p.IsTeamLead)
            : db.WorkerPreferences.Where(p => p.WorkerId == reminder.WorkerId);
        var binding = options.Value.For(tenantId).EmailBinding;
        var template = await db.EmailTemplates.SingleOrDefaultAsync(t => t.Kind == reminder.Kind, cancellationToken);
        foreach (var recipient in await recipients.Where(p => p.EmailWanted).ToListAsync(cancellationToken))
        {
            var address = protector.Unprotect(recipient.ProtectedEmail!, NotificationCells.Email(tenantId, recipient.WorkerId));
            if (recipient.DigestAt is not null)
            {
                await digests.AddAsync(recipient, address, reminder, cancellationToken);
                continue;
            }

            var id = NewId.NextGuid();
            var message = protector.Protect(ReminderWording.Email(address, reminder, template).ToJson(), NotificationCells.Message(tenantId, id));
            db.Deliveries.Add(Delivery.Schedule(id, tenantId, recipient.WorkerId, entry.Id, DeliveryChannel.Email, binding, now, message, now));
            outbox.Schedule(DeliveryDueConsumerDefinition.Address, now, new DeliveryDue { DeliveryId = id, TenantId = tenantId }, id);
        }
    }
}
