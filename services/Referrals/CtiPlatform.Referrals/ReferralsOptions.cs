namespace CtiPlatform.Referrals;

/// <summary>
/// Referral and visitation settings: <see cref="Defaults"/> for every municipality, replaced per municipality
/// by an entry in <see cref="Tenants"/> keyed by municipality code. Bound from <c>ReferralsOptions</c>.
/// </summary>
public sealed class ReferralsOptions
{
    public TenantReferralSettings Defaults { get; set; } = new();

    public Dictionary<string, TenantReferralSettings> Tenants { get; set; } = [];

    public TenantReferralSettings For(string tenantId) => Tenants.GetValueOrDefault(tenantId) ?? Defaults;
}
