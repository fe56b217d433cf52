using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// The § 141 action plan attached to a referral as the PDF the municipality wrote (docs/decisions/028 and 032): one per
/// referral, its content encrypted for its own cell, its client-side file name never kept. A newer upload replaces it.
/// </summary>
public sealed class ActionPlanDocument : ITenantOwned
{
    /// <summary>Every PDF starts with these bytes (ISO 32000-1, 7.5.2); the client's content type is not trusted.</summary>
    public static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    private ActionPlanDocument()
    {
    }

    /// <summary>The referral it belongs to; also its key.</summary>
    public Guid ReferralId { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The PDF, encrypted under <see cref="KeyId"/> for the cell <c>actionPlan.document</c> of its referral.</summary>
    public byte[] ProtectedContent { get; private set; } = [];

    /// <summary>The key the content is encrypted under, so the re-encryption finds what is not yet under the current key without reading it.</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>The size of the PDF itself, in bytes.</summary>
    public int SizeBytes { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    /// <summary>The rules a PDF upload is held to before it is encrypted: not empty, within the municipality's bound, a PDF by its first bytes.</summary>
    public static Refusal? Check(ReadOnlySpan<byte> content, long maxBytes)
    {
        if (content.IsEmpty)
        {
            return ReferralRefusal.ActionPlanRequired;
        }

        if (content.Length > maxBytes)
        {
            return ReferralRefusal.ActionPlanTooLarge;
        }

        return content.StartsWith(PdfSignature) ? null : ReferralRefusal.ActionPlanMustBePdf;
    }

    /// <summary>
    /// Attaches a checked PDF to <paramref name="referral"/>, which must still be undecided: the committee decides on
    /// the plan it read, so the plan is frozen with the decision.
    /// </summary>
    public static Outcome<ActionPlanDocument> Attach(
        Referral referral, byte[] protectedContent, string keyId, int sizeBytes, string uploadedBy, DateTimeOffset at) =>
        referral.IsUndecided
            ? new ActionPlanDocument
            {
                ReferralId = referral.Id, TenantId = referral.TenantId, ProtectedContent = protectedContent, KeyId = keyId,
                SizeBytes = sizeBytes, UploadedBy = uploadedBy, UploadedAt = at,
            }
            : ReferralRefusal.ActionPlanOnlyWhileUndecided;
}
