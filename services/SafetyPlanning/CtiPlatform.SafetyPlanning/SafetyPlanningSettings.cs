using System.ComponentModel.DataAnnotations;

namespace CtiPlatform.SafetyPlanning;

/// <summary>One municipality's safety planning settings.</summary>
public sealed class SafetyPlanningSettings
{
    /// <summary>
    /// How many days before her name and address protection runs out the worker is reminded (issue #15: 30), so there
    /// is time to apply for it again.
    /// </summary>
    [Range(1, 180)]
    public int ProtectionExpiryReminderDays { get; set; } = 30;
}
