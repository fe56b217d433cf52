using System.ComponentModel.DataAnnotations;
using CtiPlatform.Domain;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Resources;

namespace CtiPlatform.SafetyPlanning;

/// <summary>One municipality's safety planning settings.</summary>
public sealed class SafetyPlanningSettings : IValidatableObject
{
    /// <summary>
    /// How many days before her name and address protection runs out the worker is reminded (issue #15: 30), so there
    /// is time to apply for it again.
    /// </summary>
    [Range(1, 180)]
    [SettingLabel(nameof(SafetyTexts.SettingProtectionExpiryReminderDays), typeof(SafetyTexts))]
    public int ProtectionExpiryReminderDays { get; set; } = 30;

    /// <summary>The municipality's own risk checklist, replacing ours (<see cref="RiskChecklist.DefaultKeys"/>) when it has any item (decision 606).</summary>
    [SettingLabel(nameof(SafetyTexts.SettingRiskItems), typeof(SafetyTexts))]
    public List<RiskItemSetting> RiskItems { get; set; } = [];

    /// <summary>How many yes answers make the risk medium (our own setting: 2 of our 8 items).</summary>
    [Range(1, 100)]
    [SettingLabel(nameof(SafetyTexts.SettingMediumRiskFrom), typeof(SafetyTexts))]
    public int MediumRiskFrom { get; set; } = 2;

    /// <summary>How many yes answers make the risk high (our own setting: 4 of our 8 items).</summary>
    [Range(1, 100)]
    [SettingLabel(nameof(SafetyTexts.SettingHighRiskFrom), typeof(SafetyTexts))]
    public int HighRiskFrom { get; set; } = 4;

    /// <summary>The checklist that applies, as the domain knows it.</summary>
    public RiskChecklist Checklist =>
        new(RiskItems.Count == 0 ? RiskChecklist.DefaultKeys : [.. RiskItems.Select(i => i.Key)], MediumRiskFrom, HighRiskFrom);

    /// <summary>Each own item is valid and its key unique, and the thresholds rise and can be reached.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in RiskItems)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(item, new ValidationContext(item), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return result;
            }

            if (!keys.Add(item.Key))
            {
                yield return new ValidationResult($"The risk item key '{item.Key}' is used twice.", [nameof(RiskItems)]);
            }
        }

        if (HighRiskFrom <= MediumRiskFrom)
        {
            yield return new ValidationResult("HighRiskFrom must be greater than MediumRiskFrom.", [nameof(HighRiskFrom)]);
        }

        if (HighRiskFrom > Checklist.Keys.Count)
        {
            yield return new ValidationResult("HighRiskFrom cannot exceed the number of risk items.", [nameof(HighRiskFrom)]);
        }
    }
}
