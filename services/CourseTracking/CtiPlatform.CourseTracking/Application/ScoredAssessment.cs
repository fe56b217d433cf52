using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A compass scoring with its scores decrypted.</summary>
internal sealed record ScoredAssessment(CompassAssessment Assessment, IReadOnlyDictionary<CompassDimension, int> Scores);
