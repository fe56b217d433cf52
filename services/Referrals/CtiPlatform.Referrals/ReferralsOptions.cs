using Microsoft.Extensions.Configuration;

namespace CtiPlatform.Referrals;

/// <summary>
/// Referral and visitation settings: <see cref="Defaults"/> for every municipality, overridden setting by
/// setting by an entry in <see cref="Tenants"/> keyed by municipality code, as <c>CourseLifecycleOptions</c> is
/// (docs/decisions/405-tenant-settings.md). Bound from <c>ReferralsOptions</c>.
/// </summary>
public sealed class ReferralsOptions
{
    public TenantReferralSettings Defaults { get; set; } = new();

    public Dictionary<string, TenantReferralSettings> Tenants { get; set; } = [];

    public TenantReferralSettings For(string tenantId) => Tenants.GetValueOrDefault(tenantId) ?? Defaults;

    /// <summary>
    /// Rebuilds each municipality's entry as the defaults with only the keys it sets changed: plain binding would
    /// leave every setting the entry does not name at the class's built-in value, not the configured default.
    /// </summary>
    internal void OverlayTenants(IConfigurationSection section)
    {
        foreach (var tenant in section.GetSection(nameof(Tenants)).GetChildren())
        {
            var settings = new TenantReferralSettings();
            section.GetSection(nameof(Defaults)).Bind(settings);
            tenant.Bind(settings);
            Tenants[tenant.Key] = settings;
        }
    }
}
