using System.Security.Cryptography;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// Rewrites referrals of the current unit of work's municipality whose personal data is not yet under the current key:
/// decrypted with the key each value names, encrypted and hashed again under the current one, so an old key can
/// leave the ring afterwards (docs/personal-data-keys.md), and their attached action plans likewise. Only the protected
/// columns are written, so a decision saved at the same time is not overwritten.
/// </summary>
internal sealed class ReferralReencryption(ReferralsDbContext db, PersonalDataProtector protector, ILogger<ReferralReencryption> logger)
{
    /// <summary>Rewrites up to <paramref name="batchSize"/> referrals after <paramref name="after"/> (in id order) in one transaction.</summary>
    public async Task<ReencryptionBatch> RewriteBatchAsync(Guid? after, int batchSize, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var prefix = protector.CurrentPrefix;
        var query = db.Referrals.Where(r =>
            !r.Woman.ProtectedName.StartsWith(prefix) || !r.Woman.ProtectedPhone.StartsWith(prefix)
            || (r.Woman.ProtectedCpr != null && !r.Woman.ProtectedCpr.StartsWith(prefix)) || !r.ProtectedChildren.StartsWith(prefix)
            || !r.ProtectedChildrenWithFather.StartsWith(prefix)
            || !r.ProtectedShelterContactName.StartsWith(prefix) || !r.ProtectedShelterContactPhone.StartsWith(prefix));
        if (after is { } last)
        {
            query = query.Where(r => r.Id.CompareTo(last) > 0);
        }

        var referrals = await query.OrderBy(r => r.Id).Take(batchSize).ToListAsync(ct);
        var unreadable = referrals.Count(referral => !TryRewrite(referral));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ReencryptionBatch(referrals.Count == 0 ? null : referrals[^1].Id, referrals.Count - unreadable, unreadable);
    }

    /// <summary>
    /// Rewrites the next action plan after <paramref name="after"/> (in referral id order) not under the current key, one
    /// per transaction: a document may be megabytes, so a batch of them would hold that many in memory at once.
    /// </summary>
    public async Task<ReencryptionBatch> RewriteActionPlanAsync(Guid? after, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var query = db.ActionPlans.Where(p => p.KeyId != protector.CurrentKeyId);
        if (after is { } last)
        {
            query = query.Where(p => p.ReferralId.CompareTo(last) > 0);
        }

        var plan = await query.OrderBy(p => p.ReferralId).FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return new ReencryptionBatch(null, 0, 0);
        }

        try
        {
            var entry = db.Entry(plan);
            Set(entry, nameof(ActionPlanDocument.ProtectedContent), protector.ReprotectDocument(plan.ProtectedContent, new ReferralCells(plan.TenantId, plan.ReferralId).ActionPlanDocument));
            Set(entry, nameof(ActionPlanDocument.KeyId), protector.CurrentKeyId);
        }
        catch (CryptographicException exception)
        {
            logger.LogError("Action plan of referral {ReferralId} of tenant {TenantId} cannot be re-encrypted: {Reason}", plan.ReferralId, plan.TenantId, exception.Message);
            return new ReencryptionBatch(plan.ReferralId, 0, 1);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ReencryptionBatch(plan.ReferralId, 1, 0);
    }

    private bool TryRewrite(Referral referral)
    {
        var cells = ReferralCells.Of(referral);
        Woman woman;
        string children;
        string childrenWithFather;
        IReadOnlyList<CriterionAssessment> criteria;
        string contactName;
        string contactPhone;
        try
        {
            woman = WomanIdentity.Reprotect(referral.Woman, protector, cells);
            // A list of children is one value of its cell: it is re-encrypted as stored, never parsed.
            children = protector.Reprotect(referral.ProtectedChildren, cells.Children);
            childrenWithFather = protector.Reprotect(referral.ProtectedChildrenWithFather, cells.ChildrenWithFather);
            criteria = ReferralProtection.ProtectCriteria(ReferralProtection.Criteria(referral.Criteria, protector, cells), protector, cells);
            contactName = protector.Reprotect(referral.ProtectedShelterContactName, cells.ShelterContactName);
            contactPhone = protector.Reprotect(referral.ProtectedShelterContactPhone, cells.ShelterContactPhone);
        }
        catch (CryptographicException exception)
        {
            // Left as it is: its key may come back into the ring. Ids and the failing field only, never data.
            logger.LogError("Referral {ReferralId} of tenant {TenantId} cannot be re-encrypted: {Reason}", referral.Id, referral.TenantId, exception.Message);
            return false;
        }

        // Through the change tracker, not the aggregate: re-encryption changes how her data is stored, not the referral.
        var entry = db.Entry(referral);
        var stored = entry.Reference(r => r.Woman).TargetEntry!;
        Set(stored, nameof(Woman.ProtectedName), woman.ProtectedName);
        Set(stored, nameof(Woman.ProtectedCpr), woman.ProtectedCpr);
        Set(stored, nameof(Woman.CprLookupHash), woman.CprLookupHash);
        Set(stored, nameof(Woman.NameLookupHash), woman.NameLookupHash);
        Set(stored, nameof(Woman.ProtectedPhone), woman.ProtectedPhone);
        Set(entry, nameof(Referral.ProtectedChildren), children);
        Set(entry, nameof(Referral.ProtectedChildrenWithFather), childrenWithFather);
        Set(entry, nameof(Referral.Criteria), criteria);
        Set(entry, nameof(Referral.ProtectedShelterContactName), contactName);
        Set(entry, nameof(Referral.ProtectedShelterContactPhone), contactPhone);
        return true;
    }

    private static void Set(EntityEntry entry, string property, object? value) => entry.Property(property).CurrentValue = value;
}
