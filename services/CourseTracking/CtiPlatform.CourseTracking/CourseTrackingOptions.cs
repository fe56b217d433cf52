using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.CourseTracking;

/// <summary>
/// Course tracking settings: <c>CourseTrackingOptions:Defaults:{Key}</c> for every municipality and
/// <c>CourseTrackingOptions:Tenants:{code}:{Key}</c> for one (docs/decisions/405-tenant-settings.md).
/// </summary>
public sealed class CourseTrackingOptions : TenantSettings<CourseTrackingSettings>;
