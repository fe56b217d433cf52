namespace CtiPlatform.CourseTracking.Domain;

/// <summary>The outcome figures seed 001 sets goals for. Appended, never renumbered.</summary>
public enum OutcomeFigure
{
    KeptHome = 0,
    HasSafetyStrategy = 1,
    NotReadmittedToShelter = 2,
    WellBeingImproved = 3,
    ChildrenInDayCareOrSchool = 4,
    ChildrenInLeisureActivities = 5,
    KeptHomeAfterOneYear = 6,
}
