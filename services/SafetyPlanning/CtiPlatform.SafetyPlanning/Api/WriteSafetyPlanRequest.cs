using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>A new version of her safety plan, whole, and when it is to be reviewed.</summary>
public sealed record WriteSafetyPlanRequest(SafetyPlanSections? Sections, DateOnly? ReviewOn)
{
    /// <summary>
    /// The version the writer revised (0 for the first plan); when another version has been written since, the revision
    /// is refused (409 <c>PlanVersionChanged</c>) so the writer reloads instead of overwriting it unseen. Left out, the
    /// revision follows whatever version is current.
    /// </summary>
    public int? BasedOnVersion { get; init; }
}
