using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// The evaluator export of one municipality over the courses closed from <see cref="From"/> to <see cref="To"/>, both
/// included: a row per course under its pseudonym, and the municipality's outcome figures and fidelity over them.
/// </summary>
internal sealed record EvaluatorExport(
    string Municipality, DateOnly From, DateOnly To, IReadOnlyList<EvaluatedCourse> Courses, IReadOnlyList<OutcomeFigureCount> Figures);
