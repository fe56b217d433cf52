using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>An unplanned contact: its Danish local date and time, kind (code and Danish label) and notes.</summary>
public sealed record ContactView(
    Guid Id, Guid CourseId, MeetingKind Kind, string KindLabel, DateOnly Date, TimeOnly Time, DateTimeOffset OccurredAt, int DurationMinutes,
    string RecordedBy, string? Notes);
