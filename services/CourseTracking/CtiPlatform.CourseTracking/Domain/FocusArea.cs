namespace CtiPlatform.CourseTracking.Domain;

/// <summary>One focus area of the CTI plan, chosen by her from the themes: goals, activities and status.</summary>
public sealed record FocusArea(PlanTheme Theme, IReadOnlyList<string> Goals, IReadOnlyList<PlanActivity> Activities, PlanItemStatus Status);
