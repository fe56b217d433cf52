namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// When the compass is scored: the starting measurement in the contact period, then at the end of each phase; the end
/// of phase 3 is the end of the course. The number is the phase that ends (0 for the start), as the lifecycle's
/// <c>ChangeCompassAssessmentDue.Phase</c> names it. Append only.
/// </summary>
public enum CompassOccasion
{
    Start = 0,
    EndOfPhase1 = 1,
    EndOfPhase2 = 2,
    EndOfPhase3 = 3,
}
