namespace CtiPlatform.CourseTracking.Api;

/// <summary>A worker's running courses: the summary and each course's flags.</summary>
public sealed record WorkerFidelityView(string WorkerId, FidelitySummaryView Summary, IReadOnlyList<CourseFidelityView> Courses);
