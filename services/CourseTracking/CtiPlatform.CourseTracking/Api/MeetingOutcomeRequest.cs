namespace CtiPlatform.CourseTracking.Api;

/// <summary>A meeting held or missed: the minutes it took (held; the planned length when left out) and notes.</summary>
public sealed record MeetingOutcomeRequest(int? DurationMinutes, string? Notes);
