namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Where a course stands in its lifecycle, as the workflows service's events tell it; stored by name.</summary>
public enum TrackingStage
{
    Approved = 0,
    ContactPeriod = 1,
    Phase1 = 2,
    Phase2 = 3,
    Phase3 = 4,
    Closed = 5,
}
