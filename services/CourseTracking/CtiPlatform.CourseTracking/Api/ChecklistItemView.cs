namespace CtiPlatform.CourseTracking.Api;

/// <summary>One checklist item: its code and text, whether the municipality added it, and when and by whom it was ticked.</summary>
public sealed record ChecklistItemView(string Key, string Text, bool Municipal, DateOnly? TickedOn, string? TickedBy);
