namespace CtiPlatform.CourseTracking.Api;

/// <summary>Contact intensity per period, and whether it falls at each phase shift as the method asks (reported, never enforced).</summary>
public sealed record IntensityView(Guid CourseId, IReadOnlyList<IntensityPeriodView> Periods, bool FallsAsTheMethodAsks);
