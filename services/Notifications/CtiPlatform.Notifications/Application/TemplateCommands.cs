using CtiPlatform.Domain;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Application;

/// <summary>The municipality's e-mail templates: read (own or default), saved and previewed by its tenant admin.</summary>
internal sealed class TemplateCommands(NotificationsDbContext db, TenantContext caller, TimeProvider time)
{
    /// <summary>A sample reminder a preview is filled with: no real course.</summary>
    private static readonly Reminder Sample = new(ReminderKind.PhaseChangeDue, Guid.Empty, "", new DateOnly(2027, 3, 1), 2);

    public async Task<IReadOnlyList<TemplateRecord>> ListAsync(CancellationToken ct)
    {
        var own = await db.EmailTemplates.AsNoTracking().ToDictionaryAsync(t => t.Kind, ct);
        return [.. Enum.GetValues<ReminderKind>().Select(kind => own.TryGetValue(kind, out var t)
            ? new TemplateRecord(kind, t.Subject, t.Body, false)
            : new TemplateRecord(kind, ReminderWording.DefaultSubject, ReminderWording.DefaultBody(kind), true))];
    }

    public async Task<Outcome<TemplateRecord>> SaveAsync(ReminderKind kind, string subject, string body, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var actor = caller.ActorId!;
        var template = await db.EmailTemplates.SingleOrDefaultAsync(t => t.Kind == kind, ct);
        if (template is null)
        {
            var written = EmailTemplate.Write(caller.RequiredTenantId, kind, subject, body, actor, now);
            if (written.Value is not { } created)
            {
                return written.Refusal!;
            }

            db.EmailTemplates.Add(created);
        }
        else if (template.Rewrite(subject, body, actor, now) is { } refusal)
        {
            return refusal;
        }

        return new TemplateRecord(kind, subject, body, false);
    }

    /// <summary>The e-mail a template would give, filled with a sample reminder; refused as saving would be.</summary>
    public static Outcome<EmailMessage> Preview(ReminderKind kind, string subject, string body)
    {
        if (EmailTemplate.Check(subject, body) is { } refusal)
        {
            return refusal;
        }

        return ReminderWording.Compose("", Sample with { Kind = kind }, subject, body);
    }
}
