namespace CtiPlatform.CourseTracking.Api;

/// <summary>One CTI phase as the lifecycle started it (Danish local dates; the planned end is exclusive).</summary>
public sealed record PhaseDatesView(int Phase, DateOnly StartDate, DateOnly PlannedEndDate);
