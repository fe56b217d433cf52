namespace CtiPlatform.CourseTracking.Domain;

/// <summary>The short status of one focus area of the plan at a phase shift.</summary>
public sealed record FocusAreaStatus(PlanTheme Theme, string Status);
