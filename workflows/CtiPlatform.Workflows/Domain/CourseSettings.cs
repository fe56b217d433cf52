namespace CtiPlatform.Workflows.Domain;

/// <summary>One municipality's lifecycle settings, resolved from configuration (docs/decisions/405-tenant-settings.md).</summary>
public sealed record CourseSettings
{
    /// <summary>The method's default: three calendar months per phase.</summary>
    public int PhaseLengthMonths { get; init; } = 3;

    /// <summary>The contact period starts at the earliest this many days before her expected move-out.</summary>
    public int StartLeadDays { get; init; } = 28;

    /// <summary>The most phase 3 may be extended in total, in months (seed 004).</summary>
    public int MaxExtensionMonths { get; init; } = 3;

    public int PhaseChangeNoticeDays { get; init; } = 14;

    public int ChangeCompassNoticeDays { get; init; } = 7;

    /// <summary>The method says hand-over meetings are held at the latest one month before the end.</summary>
    public int HandOverNoticeMonths { get; init; } = 1;

    public int ClosureNoticeDays { get; init; } = 7;

    /// <summary>A contact period without move-in longer than this is raised to the team lead.</summary>
    public int ContactPeriodAlertWeeks { get; init; } = 8;
}
