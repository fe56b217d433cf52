using System.ComponentModel.DataAnnotations;
using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking;

/// <summary>A checklist item a municipality adds to one of the four transitions, with its Danish and English text.</summary>
public sealed class ChecklistItemSetting
{
    public ChecklistTransition Transition { get; set; }

    /// <summary>The item's code in the API; must differ from the method's own keys.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9-]{0,49}$")]
    public string Key { get; set; } = "";

    [Required]
    [MaxLength(300)]
    public string Text { get; set; } = "";

    /// <summary>The English text; the Danish one is shown when it is missing.</summary>
    [MaxLength(300)]
    public string? EnglishText { get; set; }
}
