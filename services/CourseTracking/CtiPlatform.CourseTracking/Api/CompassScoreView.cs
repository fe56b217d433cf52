using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

public sealed record CompassScoreView(CompassDimension Dimension, string DimensionLabel, int Score);
