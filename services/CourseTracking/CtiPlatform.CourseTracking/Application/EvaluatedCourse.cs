using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// One closed course as the evaluator export hands it out: under a number drawn for this export only (never the course
/// id), its closing month and reason, its outcome facts and the codes of its fidelity flags (decision 516).
/// </summary>
internal sealed record EvaluatedCourse(int Pseudonym, DateOnly ClosedOn, CourseClosureReason? ClosureReason, CourseOutcomeFacts Outcome, IReadOnlyList<FidelityCode> Flags);
