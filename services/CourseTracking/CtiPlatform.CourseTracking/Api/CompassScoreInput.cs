using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>One dimension's score, 1-10.</summary>
public sealed record CompassScoreInput(CompassDimension? Dimension, int? Score);
