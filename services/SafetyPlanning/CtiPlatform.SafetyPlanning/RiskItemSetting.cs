using System.ComponentModel.DataAnnotations;

namespace CtiPlatform.SafetyPlanning;

/// <summary>An item of a municipality's own risk checklist, answered yes, no or unknown, with its Danish and English text.</summary>
public sealed class RiskItemSetting
{
    /// <summary>The item's code in the API.</summary>
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
