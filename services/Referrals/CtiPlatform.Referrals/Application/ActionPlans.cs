using System.Security.Cryptography;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// The § 141 action plan attached to a referral (docs/decisions/028 and 032): uploaded by whoever may withdraw the
/// referral while it is undecided, opened by those who see the referral, each opening access-logged.
/// </summary>
internal sealed class ActionPlans(
    ReferralsDbContext db, TenantContext caller, PersonalDataProtector protector, IAccessLog accessLog, TimeProvider clock, ILogger<ActionPlans> logger)
{
    /// <summary>How the access log names an opened action plan; its id is the referral's.</summary>
    public const string Subject = "referral-action-plan";

    /// <summary>Attaches <paramref name="pdf"/> (already checked) to the referral, replacing an earlier upload.</summary>
    public async Task<Outcome<ActionPlanAttachment>> AttachAsync(Guid id, byte[] pdf, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().WithdrawableBy(caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return Outcome<ActionPlanAttachment>.NotFound;
        }

        var outcome = ActionPlanDocument.Attach(
            referral, protector.ProtectDocument(pdf, ReferralCells.Of(referral).ActionPlanDocument), protector.CurrentKeyId, pdf.Length,
            caller.ActorId!, clock.GetUtcNow());
        if (outcome.Value is not { } plan)
        {
            return outcome.Refusal!;
        }

        // One statement, so two uploads at once replace each other instead of one failing on the key.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            insert into referral_action_plans (referral_id, tenant_id, protected_content, key_id, size_bytes, uploaded_at, uploaded_by)
            values ({plan.ReferralId}, {plan.TenantId}, {plan.ProtectedContent}, {plan.KeyId}, {plan.SizeBytes}, {plan.UploadedAt}, {plan.UploadedBy})
            on conflict (referral_id) do update set protected_content = excluded.protected_content, key_id = excluded.key_id,
                size_bytes = excluded.size_bytes, uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by
            """, ct);
        accessLog.Record(ReferralQueries.Subject, id.ToString(), AccessAction.Change, AccessPurposes.ReferralSubmission);
        return plan.ToAttachment();
    }

    /// <summary>
    /// The PDF in clear for one who sees the referral; not found when she may not or none is attached, refused when it
    /// does not decrypt for its referral.
    /// </summary>
    public async Task<Outcome<byte[]>> OpenAsync(Guid id, CancellationToken ct)
    {
        var visible = await db.Referrals.AsNoTracking().VisibleTo(caller, CopenhagenCalendar.DateAt(clock.GetUtcNow())).AnyAsync(r => r.Id == id, ct);
        var plan = visible ? await db.ActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ReferralId == id, ct) : null;
        if (plan is null)
        {
            return Outcome<byte[]>.NotFound;
        }

        byte[] pdf;
        try
        {
            pdf = protector.UnprotectDocument(plan.ProtectedContent, new ReferralCells(plan.TenantId, id).ActionPlanDocument);
        }
        catch (CryptographicException exception)
        {
            logger.LogError("Action plan of referral {ReferralId} of tenant {TenantId} does not decrypt: {Reason}", id, plan.TenantId, exception.Message);
            return ReferralRefusal.ProtectedDataUnreadable;
        }

        accessLog.Record(Subject, id.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return pdf;
    }
}
