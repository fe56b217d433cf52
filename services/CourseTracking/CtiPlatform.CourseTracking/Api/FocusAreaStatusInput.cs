using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The short status of one focus area at the phase shift.</summary>
public sealed record FocusAreaStatusInput(PlanTheme? Theme, string? Status);
