using CtiPlatform.Workflows.Domain;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Workflows.Options;

/// <summary>Refuses to start with settings that would make a course calendar meaningless, for the defaults and every municipality.</summary>
internal sealed class CourseLifecycleOptionsValidator : IValidateOptions<CourseLifecycleOptions>
{
    public ValidateOptionsResult Validate(string? name, CourseLifecycleOptions options)
    {
        var failures = new List<string>();
        Check("defaults", options.For(""), failures);
        foreach (var tenant in options.Tenants.Keys)
        {
            Check(tenant, options.For(tenant), failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string scope, CourseSettings settings, List<string> failures)
    {
        Range(scope, nameof(settings.PhaseLengthMonths), settings.PhaseLengthMonths, 1, 12, failures);
        Range(scope, nameof(settings.StartLeadDays), settings.StartLeadDays, 0, 365, failures);
        Range(scope, nameof(settings.MaxExtensionMonths), settings.MaxExtensionMonths, 0, 24, failures);
        Range(scope, nameof(settings.PhaseChangeNoticeDays), settings.PhaseChangeNoticeDays, 0, 60, failures);
        Range(scope, nameof(settings.ChangeCompassNoticeDays), settings.ChangeCompassNoticeDays, 0, 60, failures);
        Range(scope, nameof(settings.HandOverNoticeMonths), settings.HandOverNoticeMonths, 0, settings.PhaseLengthMonths, failures);
        Range(scope, nameof(settings.ClosureNoticeDays), settings.ClosureNoticeDays, 0, 60, failures);
        Range(scope, nameof(settings.ContactPeriodAlertWeeks), settings.ContactPeriodAlertWeeks, 1, 104, failures);
    }

    private static void Range(string scope, string setting, int value, int min, int max, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add($"CourseLifecycleOptions ({scope}): {setting} must be between {min} and {max}, was {value}.");
        }
    }
}
