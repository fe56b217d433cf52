using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>How much her own score of one compass dimension moved from the start to the end.</summary>
public sealed record DimensionChangeView(CompassDimension Dimension, string DimensionLabel, int Change);
