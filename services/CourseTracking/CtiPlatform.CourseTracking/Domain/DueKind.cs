namespace CtiPlatform.CourseTracking.Domain;

/// <summary>What a worker has due on a course; the codes travel in the API, so values are appended, never renumbered.</summary>
public enum DueKind
{
    /// <summary>A planned meeting: due on its day, overdue while it is neither held, missed nor cancelled.</summary>
    Meeting = 0,

    /// <summary>A change-compass measurement the lifecycle announced, until she and the worker have both scored it.</summary>
    CompassMeasurement = 1,

    /// <summary>A transition's checklist, due on the transition's date until every item is ticked.</summary>
    Checklist = 2,

    /// <summary>The short status per focus area of a phase, due at the phase's shift until it is written (decision 507).</summary>
    PhaseDocumentation = 3,

    /// <summary>The hand-over meetings, due a month before the planned end until the hand-over plan names one (decision 506).</summary>
    HandOverMeetings = 4,

    /// <summary>The question a year after closure, until it is answered (decision 511).</summary>
    FollowUp = 5,
}
