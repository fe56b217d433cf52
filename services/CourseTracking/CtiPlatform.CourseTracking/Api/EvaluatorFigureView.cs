namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// One summary figure of the evaluator export: an outcome figure (against seed 001's goal) or a fidelity figure (courses
/// without flags, courses with a flag of a code; no goal), as <see cref="Count"/> of <see cref="Of"/> courses, in percent.
/// </summary>
public sealed record EvaluatorFigureView(string Figure, string Label, int Count, int Of, decimal? Percent, int? GoalPercent);
