namespace CtiPlatform.Notifications.Domain;

/// <summary>What a reminder is about: one per workflow reminder contract, and this service's own notices to the worker. Stored as its number: append, never renumber.</summary>
public enum ReminderKind
{
    PhaseChangeDue = 0,
    ChangeCompassStartingMeasurementDue = 1,
    ChangeCompassAssessmentDue = 2,
    HandOverMeetingsDue = 3,
    CourseClosureDue = 4,
    ContactPeriodExceeded = 5,

    /// <summary>Not a workflow reminder: an SMS to her of this course may or may not have reached her (decision 703).</summary>
    SmsOutcomeUncertain = 6,

    /// <summary>Not a workflow reminder: an SMS to her of this course could not be sent after every attempt (decision 716).</summary>
    SmsFailed = 7,
}
