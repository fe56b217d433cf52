using System.ComponentModel.DataAnnotations;
using CtiPlatform.Domain;
using CtiPlatform.SampleService.Resources;

namespace CtiPlatform.SampleService;

/// <summary>One municipality's settings for the sample.</summary>
public sealed class SampleSettings
{
    /// <summary>The longest note the municipality accepts; a longer one is refused by the domain.</summary>
    [Range(1, 200)]
    [SettingLabel(nameof(SampleTexts.SettingMaxNoteLength), typeof(SampleTexts))]
    public int MaxNoteLength { get; set; } = 200;
}
