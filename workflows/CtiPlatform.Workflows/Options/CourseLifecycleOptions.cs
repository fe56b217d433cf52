using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Options;

/// <summary>
/// Lifecycle settings: defaults for every municipality, and overrides keyed by municipality code, e.g.
/// <c>CourseLifecycleOptions:Tenants:101:PhaseLengthMonths</c> (docs/decisions/405-tenant-settings.md).
/// </summary>
public sealed class CourseLifecycleOptions
{
    private static readonly CourseSettings MethodDefaults = new();

    public int PhaseLengthMonths { get; set; } = MethodDefaults.PhaseLengthMonths;

    public int StartLeadDays { get; set; } = MethodDefaults.StartLeadDays;

    public int MaxExtensionMonths { get; set; } = MethodDefaults.MaxExtensionMonths;

    public int PhaseChangeNoticeDays { get; set; } = MethodDefaults.PhaseChangeNoticeDays;

    public int ChangeCompassNoticeDays { get; set; } = MethodDefaults.ChangeCompassNoticeDays;

    public int HandOverNoticeMonths { get; set; } = MethodDefaults.HandOverNoticeMonths;

    public int ClosureNoticeDays { get; set; } = MethodDefaults.ClosureNoticeDays;

    public int ContactPeriodAlertWeeks { get; set; } = MethodDefaults.ContactPeriodAlertWeeks;

    public Dictionary<string, CourseLifecycleTenantOptions> Tenants { get; set; } = [];

    /// <summary>The settings that apply to <paramref name="tenantId"/>.</summary>
    public CourseSettings For(string tenantId)
    {
        var own = Tenants.GetValueOrDefault(tenantId) ?? new CourseLifecycleTenantOptions();
        return new CourseSettings
        {
            PhaseLengthMonths = own.PhaseLengthMonths ?? PhaseLengthMonths,
            StartLeadDays = own.StartLeadDays ?? StartLeadDays,
            MaxExtensionMonths = own.MaxExtensionMonths ?? MaxExtensionMonths,
            PhaseChangeNoticeDays = own.PhaseChangeNoticeDays ?? PhaseChangeNoticeDays,
            ChangeCompassNoticeDays = own.ChangeCompassNoticeDays ?? ChangeCompassNoticeDays,
            HandOverNoticeMonths = own.HandOverNoticeMonths ?? HandOverNoticeMonths,
            ClosureNoticeDays = own.ClosureNoticeDays ?? ClosureNoticeDays,
            ContactPeriodAlertWeeks = own.ContactPeriodAlertWeeks ?? ContactPeriodAlertWeeks,
        };
    }
}
