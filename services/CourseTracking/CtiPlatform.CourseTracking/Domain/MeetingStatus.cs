namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Where a planned meeting stands; a moved meeting stays planned at its new time. Stored by name.</summary>
public enum MeetingStatus
{
    Planned = 0,
    Held = 1,
    Cancelled = 2,
    Missed = 3,
}
