using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>One outcome figure: how many of the courses that answer it meet it, in percent, next to seed 001's goal.</summary>
public sealed record OutcomeFigureView(OutcomeFigure Figure, string Label, int Count, int Of, decimal? Percent, int GoalPercent);
