using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A focus area of the plan: its theme, goals, activities and status (not started when left out).</summary>
public sealed record FocusAreaInput(PlanTheme? Theme, IReadOnlyList<string>? Goals, IReadOnlyList<ActivityInput>? Activities, PlanItemStatus? Status);
