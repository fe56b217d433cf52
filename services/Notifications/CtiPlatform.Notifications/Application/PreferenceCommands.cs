using CtiPlatform.Domain;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// The caller's own notification preference. Her e-mail address is personal data: kept encrypted, and every read
/// or change of it access-logged. Saving cancels her e-mails not yet sent.
/// </summary>
internal sealed class PreferenceCommands(
    NotificationsDbContext db, TenantContext caller, PersonalDataProtector protector, IOutbox outbox, IAccessLog accessLog, TimeProvider time)
{
    /// <summary>How the access log names a preference.</summary>
    public const string Subject = "notification-preference";

    public async Task<PreferenceRecord> ReadAsync(CancellationToken ct)
    {
        var preference = await FindAsync(ct) ?? WorkerPreference.Empty(caller.RequiredTenantId, caller.ActorId!);
        accessLog.Record(Subject, preference.WorkerId, AccessAction.Read, AccessPurposes.CaseHandling);
        return Present(preference);
    }

    public async Task<Outcome<PreferenceRecord>> SaveAsync(bool emailWanted, string? email, TimeOnly? digestAt, CancellationToken ct)
    {
        var tenantId = caller.RequiredTenantId;
        var workerId = caller.ActorId!;
        var preference = await FindAsync(ct);
        var isNew = preference is null;
        preference ??= WorkerPreference.Empty(tenantId, workerId);
        var protectedEmail = string.IsNullOrEmpty(email) ? null : protector.Protect(email, NotificationCells.Email(tenantId, workerId));
        if (preference.Record(emailWanted, protectedEmail, digestAt, caller.Roles.Contains(Roles.TeamLead), time.GetUtcNow()) is { } refusal)
        {
            return refusal;
        }

        if (isNew)
        {
            db.WorkerPreferences.Add(preference);
        }

        // E-mails and a digest not yet sent were written to the address she had then, for a choice she has now withdrawn
        // or changed; the reminders themselves stay in her inbox.
        if (db.Database.IsNpgsql())
        {
            // An attempt under way holds its row until its outcome commits (DeliveryRunner): wait for it, so that what is
            // read below is what it left — its state and the timer of its next attempt, which is then removed too.
            await db.Database.ExecuteSqlAsync(
                $"""
                 select 1 from deliveries where recipient_id = {workerId}
                 and channel in ({(int)DeliveryChannel.Email}, {(int)DeliveryChannel.EmailDigest}) and state in ({(int)DeliveryState.Scheduled}, {(int)DeliveryState.Due})
                 for update
                 """,
                ct);
        }

        foreach (var open in await db.Deliveries
                     .Where(d => d.RecipientId == workerId && (d.Channel == DeliveryChannel.Email || d.Channel == DeliveryChannel.EmailDigest) && (d.State == DeliveryState.Scheduled || d.State == DeliveryState.Due))
                     .ToListAsync(ct))
        {
            open.Cancel();
            await outbox.CancelScheduledAsync(open.Id, ct);
        }

        accessLog.Record(Subject, workerId, AccessAction.Change, AccessPurposes.CaseHandling);
        return Present(preference);
    }

    private Task<WorkerPreference?> FindAsync(CancellationToken ct)
    {
        var workerId = caller.ActorId;
        return db.WorkerPreferences.SingleOrDefaultAsync(p => p.WorkerId == workerId, ct);
    }

    private PreferenceRecord Present(WorkerPreference preference) => new(
        preference.EmailWanted,
        preference.ProtectedEmail is { } value ? protector.Unprotect(value, NotificationCells.Email(preference.TenantId, preference.WorkerId)) : null,
        preference.DigestAt);
}
