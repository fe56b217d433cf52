using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A meeting to plan, on a Danish local date and time.</summary>
public sealed record PlanMeetingRequest(MeetingKind? Kind, DateOnly? Date, TimeOnly? Time, int? DurationMinutes, string? Notes);
