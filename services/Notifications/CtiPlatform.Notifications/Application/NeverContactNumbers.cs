using CtiPlatform.Contracts.Safety;
using CtiPlatform.Notifications.Persistence;
using CtiPlatform.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// Whether a number is on her never-contact list (decision 033): the number's fingerprints under every key of this
/// service's contact-matching ring against the phone fingerprints safety planning listed on her course.
/// </summary>
public sealed class NeverContactNumbers(NotificationsDbContext db, ContactFingerprinter fingerprinter)
{
    public async Task<bool> ListedAsync(string tenantId, Guid courseId, string number, CancellationToken ct)
    {
        var fingerprints = fingerprinter.PhoneHashes(tenantId, number).Select(h => Key(h.KeyId, h.Hash)).ToList();
        var listed = await db.NeverContactPeople.Where(p => p.CourseId == courseId && p.Listed).ToListAsync(ct);
        return listed.Any(p => p.Matches(fingerprints));
    }

    /// <summary>How a fingerprint is kept: its key id and hash, so a hash is only ever compared under its own key.</summary>
    public static string Key(string keyId, string hash) => $"{keyId}:{hash}";

    /// <summary>The phone fingerprints of a listing, as kept.</summary>
    public static IEnumerable<string> Phones(IEnumerable<ContactFingerprint> fingerprints) =>
        fingerprints.Where(f => f.Kind == ContactFingerprintKind.Phone).Select(f => Key(f.KeyId, f.Hash));
}
