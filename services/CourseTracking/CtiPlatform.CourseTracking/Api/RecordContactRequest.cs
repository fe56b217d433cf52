using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>An unplanned contact that has happened, on a Danish local date and time.</summary>
public sealed record RecordContactRequest(MeetingKind? Kind, DateOnly? Date, TimeOnly? Time, int? DurationMinutes, string? Notes);
