namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// One item of a transition's checklist: the method's own (its texts are resources), or one the municipality added
/// with its own Danish and English text.
/// </summary>
public sealed record ChecklistItem(ChecklistTransition Transition, string Key, string? OwnText = null, string? OwnEnglishText = null)
{
    public bool Municipal => OwnText is not null;
}
