using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// Where each protected value of one referral belongs. The names are the fields' logical names, not column names, so
/// renaming a column never makes stored ciphertext unreadable (docs/decisions/021-personal-data-keys.md).
/// </summary>
internal sealed record ReferralCells(string TenantId, Guid ReferralId)
{
    public ProtectedCell WomanName => Cell("woman.name");

    public ProtectedCell WomanCpr => Cell("woman.cpr");

    public ProtectedCell WomanPhone => Cell("woman.phone");

    public ProtectedCell Children => Cell("children");

    public ProtectedCell ChildrenWithFather => Cell("childrenWithFather");

    public ProtectedCell ShelterContactName => Cell("shelterContact.name");

    public ProtectedCell ShelterContactPhone => Cell("shelterContact.phone");

    /// <summary>The attached § 141 action plan, in its own table but bound to the referral's row like her other data.</summary>
    public ProtectedCell ActionPlanDocument => Cell("actionPlan.document");

    public static ReferralCells Of(Referral referral) => new(referral.TenantId, referral.Id);

    public ProtectedCell Justification(TargetGroupCriterion criterion) => Cell($"criteria.{criterion}.justification");

    private ProtectedCell Cell(string field) => new(TenantId, "referrals", field, ReferralId.ToString());
}
