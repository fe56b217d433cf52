using CtiPlatform.ServiceDefaults.Problems;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>How far from today's Danish date each date input of the safety API may lie (decision 410).</summary>
internal static class SafetyDateWindows
{
    /// <summary>A protection lasts a year: one registered longer ago has run out, one granted further ahead is a typing error.</summary>
    public static readonly DateWindow ProtectionStart = new(DaysBefore: 365, DaysAfter: 365);

    /// <summary>A review is planned from today up to a year ahead: a plan unreviewed for longer is no plan.</summary>
    public static readonly DateWindow PlanReview = new(DaysBefore: 0, DaysAfter: 365);
}
