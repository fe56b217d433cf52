using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>One set of bars in a compass chart: a scoring, named by who made it or when.</summary>
internal sealed record CompassSeries(string Label, IReadOnlyDictionary<CompassDimension, int> Scores);
