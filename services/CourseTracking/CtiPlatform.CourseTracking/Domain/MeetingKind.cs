namespace CtiPlatform.CourseTracking.Domain;

/// <summary>How the worker meets her (planned meetings and unplanned contacts alike); stored by name.</summary>
public enum MeetingKind
{
    HomeVisit = 0,
    Office = 1,
    Phone = 2,
    Video = 3,
    AccompaniedVisit = 4,
    NetworkMeeting = 5,
}
