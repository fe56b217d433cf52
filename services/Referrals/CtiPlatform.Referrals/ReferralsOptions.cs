using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Referrals;

/// <summary>
/// Referral and visitation settings: <c>ReferralsOptions:Defaults:{Key}</c> for every municipality and
/// <c>ReferralsOptions:Tenants:{code}:{Key}</c> for one (docs/decisions/405-tenant-settings.md).
/// </summary>
public sealed class ReferralsOptions : TenantSettings<ReferralSettings>;
