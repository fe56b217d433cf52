using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

public sealed record FocusAreaView(
    PlanTheme Theme, string ThemeLabel, IReadOnlyList<string> Goals, IReadOnlyList<PlanActivityView> Activities, PlanItemStatus Status, string StatusLabel);
