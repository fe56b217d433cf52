using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Options;

/// <summary>
/// Lifecycle settings: <c>CourseLifecycleOptions:Defaults:{Key}</c> for every municipality and
/// <c>CourseLifecycleOptions:Tenants:{code}:{Key}</c> for one (docs/decisions/405-tenant-settings.md).
/// </summary>
public sealed class CourseLifecycleOptions : TenantSettings<CourseSettings>;
