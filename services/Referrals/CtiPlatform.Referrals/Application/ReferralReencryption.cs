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
/// leave the ring afterwards (docs/personal-data-keys.md). Only the protected columns are written, so a decision
/// saved at the same time is not overwritten.
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
