namespace CtiPlatform.Workflows.Options;

/// <summary>One municipality's overrides; a value left out falls back to the defaults in <see cref="CourseLifecycleOptions"/>.</summary>
public sealed class CourseLifecycleTenantOptions
{
    public int? PhaseLengthMonths { get; set; }

    public int? StartLeadDays { get; set; }

    public int? MaxExtensionMonths { get; set; }

    public int? PhaseChangeNoticeDays { get; set; }

    public int? ChangeCompassNoticeDays { get; set; }

    public int? HandOverNoticeMonths { get; set; }

    public int? ClosureNoticeDays { get; set; }

    public int? ContactPeriodAlertWeeks { get; set; }
}
