namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Where a focus area or activity of the plan stands. Values are appended, never renumbered: they are kept in stored plans.</summary>
public enum PlanItemStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    Dropped = 3,
}
