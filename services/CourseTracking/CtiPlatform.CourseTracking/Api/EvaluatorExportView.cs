namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// The evaluator export as JSON: the municipality, the period (courses closed from <see cref="From"/> to
/// <see cref="To"/>, both included), a row per course under this export's pseudonym, and the summary figures.
/// </summary>
public sealed record EvaluatorExportView(
    string Municipality, DateOnly From, DateOnly To, int CoursesClosed, IReadOnlyList<EvaluatorCourseView> Courses, IReadOnlyList<EvaluatorFigureView> Summary);
