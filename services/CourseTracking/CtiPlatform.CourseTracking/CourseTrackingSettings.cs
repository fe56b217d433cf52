using System.ComponentModel.DataAnnotations;

namespace CtiPlatform.CourseTracking;

/// <summary>One municipality's settings for the work inside its courses.</summary>
public sealed class CourseTrackingSettings
{
    /// <summary>The longest note on a meeting or contact (our own setting; notes are encrypted at rest).</summary>
    [Range(1, 4000)]
    public int MaxNoteLength { get; set; } = 4000;
}
