using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>Her well-being from start to end, computed from her own compass scorings: the means of the ten dimensions and each one's change.</summary>
public sealed record WellBeingView(
    CompassOccasion EndOccasion, string EndOccasionLabel, decimal StartMean, decimal EndMean, decimal Change, bool Improved, IReadOnlyList<DimensionChangeView> Dimensions);
