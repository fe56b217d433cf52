using System.ComponentModel.DataAnnotations;
using CtiPlatform.Domain;
using CtiPlatform.Workflows.Resources;

namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// One municipality's lifecycle settings, resolved from configuration (docs/decisions/405-tenant-settings.md).
/// The ranges refuse settings that would make a course calendar meaningless; the host will not start with them.
/// </summary>
public sealed record CourseSettings : IValidatableObject
{
    /// <summary>The method's default: three calendar months per phase.</summary>
    [Range(1, 12)]
    [SettingLabel(nameof(WorkflowTexts.SettingPhaseLengthMonths), typeof(WorkflowTexts))]
    public int PhaseLengthMonths { get; init; } = 3;

    /// <summary>The contact period starts at the earliest this many days before her expected move-out.</summary>
    [Range(0, 365)]
    [SettingLabel(nameof(WorkflowTexts.SettingStartLeadDays), typeof(WorkflowTexts))]
    public int StartLeadDays { get; init; } = 28;

    /// <summary>The most phase 3 may be extended in total, in months (seed 004).</summary>
    [Range(0, 24)]
    [SettingLabel(nameof(WorkflowTexts.SettingMaxExtensionMonths), typeof(WorkflowTexts))]
    public int MaxExtensionMonths { get; init; } = 3;

    [Range(0, 60)]
    [SettingLabel(nameof(WorkflowTexts.SettingPhaseChangeNoticeDays), typeof(WorkflowTexts))]
    public int PhaseChangeNoticeDays { get; init; } = 14;

    [Range(0, 60)]
    [SettingLabel(nameof(WorkflowTexts.SettingChangeCompassNoticeDays), typeof(WorkflowTexts))]
    public int ChangeCompassNoticeDays { get; init; } = 7;

    /// <summary>
    /// The method says hand-over meetings are held at the latest one month before the end; the deadline the hand-over
    /// reminder names when phase 3 begins.
    /// </summary>
    [Range(0, 12)]
    [SettingLabel(nameof(WorkflowTexts.SettingHandOverNoticeMonths), typeof(WorkflowTexts))]
    public int HandOverNoticeMonths { get; init; } = 1;

    [Range(0, 60)]
    [SettingLabel(nameof(WorkflowTexts.SettingClosureNoticeDays), typeof(WorkflowTexts))]
    public int ClosureNoticeDays { get; init; } = 7;

    /// <summary>A contact period without move-in longer than this is raised to the team lead.</summary>
    [Range(1, 104)]
    [SettingLabel(nameof(WorkflowTexts.SettingContactPeriodAlertWeeks), typeof(WorkflowTexts))]
    public int ContactPeriodAlertWeeks { get; init; } = 8;

    /// <summary>
    /// How long the assigned worker keeps read access after the course closed, in days: time to finish her notes and
    /// the hand-over, then only the team lead (docs/decisions/409-worker-access-after-closure.md).
    /// </summary>
    [Range(0, 365)]
    [SettingLabel(nameof(WorkflowTexts.SettingWorkerAccessAfterClosureDays), typeof(WorkflowTexts))]
    public int WorkerAccessAfterClosureDays { get; init; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The hand-over meetings' deadline falls in phase 3; a notice longer than the phase would put it before phase 3 starts.
        if (HandOverNoticeMonths > PhaseLengthMonths)
        {
            yield return new ValidationResult(
                $"The field {nameof(HandOverNoticeMonths)} must not exceed {nameof(PhaseLengthMonths)} ({PhaseLengthMonths}).",
                [nameof(HandOverNoticeMonths)]);
        }
    }
}
