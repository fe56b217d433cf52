using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

public sealed record FocusAreaStatusView(PlanTheme Theme, string ThemeLabel, string Status);
