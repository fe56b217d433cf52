namespace CtiPlatform.Notifications.Domain;

/// <summary>What a reminder is about: one per workflow reminder contract. Stored as its number: append, never renumber.</summary>
public enum ReminderKind
{
    PhaseChangeDue = 0,
    ChangeCompassStartingMeasurementDue = 1,
    ChangeCompassAssessmentDue = 2,
    HandOverMeetingsDue = 3,
    CourseClosureDue = 4,
    ContactPeriodExceeded = 5,
}
