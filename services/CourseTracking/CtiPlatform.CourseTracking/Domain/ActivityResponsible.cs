namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Who does an activity of the plan. Values are appended, never renumbered: they are kept in stored plans.</summary>
public enum ActivityResponsible
{
    Her = 0,
    Worker = 1,
    NetworkPerson = 2,
}
