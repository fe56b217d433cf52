namespace CtiPlatform.CourseTracking.Domain;

/// <summary>How many of a transition's checklist items (the method's and the municipality's) are ticked.</summary>
public sealed record ChecklistProgress(int Ticked, int Items);
