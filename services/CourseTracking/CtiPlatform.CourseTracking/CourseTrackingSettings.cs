using System.ComponentModel.DataAnnotations;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Domain;

namespace CtiPlatform.CourseTracking;

/// <summary>One municipality's settings for the work inside its courses.</summary>
public sealed class CourseTrackingSettings : IValidatableObject
{
    /// <summary>The longest note on a meeting or contact (our own setting; notes are encrypted at rest).</summary>
    [Range(1, 4000)]
    [SettingLabel(nameof(CourseTrackingTexts.SettingMaxNoteLength), typeof(CourseTrackingTexts))]
    public int MaxNoteLength { get; set; } = 4000;

    /// <summary>The municipality's own checklist items, after the method's (decision 503).</summary>
    [SettingLabel(nameof(CourseTrackingTexts.SettingChecklistItems), typeof(CourseTrackingTexts))]
    public List<ChecklistItemSetting> ChecklistItems { get; set; } = [];

    /// <summary>The municipality's items as the domain knows them.</summary>
    public IEnumerable<ChecklistItem> MunicipalChecklistItems => ChecklistItems.Select(i => new ChecklistItem(i.Transition, i.Key, i.Text, i.EnglishText));

    /// <summary>Each added item is valid, and its key is new: neither the method's nor another added item's.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var keys = MethodChecklists.Items.Select(i => i.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ChecklistItems)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(item, new ValidationContext(item), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return result;
            }

            if (!keys.Add(item.Key))
            {
                yield return new ValidationResult($"The checklist item key '{item.Key}' is already in use.", [nameof(ChecklistItems)]);
            }
        }
    }
}
