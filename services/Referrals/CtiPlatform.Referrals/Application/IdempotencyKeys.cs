using System.Text.Json;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Referrals.Application;

/// <summary>The <c>Idempotency-Key</c> request header of a referral submission.</summary>
internal static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on the answer to a retry, so a client can tell it got the referral made the first time.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>1 to 255 visible ASCII characters: room for a UUID or a client's own scheme, nothing that breaks a log line.</summary>
    public static bool IsWellFormed(string key) => key.Length is >= 1 and <= 255 && key.All(c => c is >= '!' and <= '~');

    /// <summary>Keyed, so the stored value reveals nothing of the woman's data even to someone holding the table.</summary>
    public static string Fingerprint(SubmitReferralRequest request, PersonalDataProtector protector, string tenantId) =>
        protector.LookupHash(tenantId, FingerprintKey(request));

    /// <summary>
    /// Whether a retry carries the content the key was first used with. Under any key of the ring: a fingerprint
    /// cannot be re-hashed after a rotation, since the request it was made from is not kept.
    /// </summary>
    public static bool Matches(SubmissionKey earlier, SubmitReferralRequest request, PersonalDataProtector protector) =>
        protector.LookupHashes(earlier.TenantId, FingerprintKey(request)).Contains(earlier.Fingerprint, StringComparer.Ordinal);

    public static Task<SubmissionKey?> FindAsync(ReferralsDbContext db, TenantContext caller, string key, CancellationToken ct) =>
        db.SubmissionKeys.AsNoTracking().SingleOrDefaultAsync(k => k.SubmittedBy == caller.ActorId && k.Key == key, ct);

    private static string FingerprintKey(SubmitReferralRequest request) => "submission:" + JsonSerializer.Serialize(request);
}
