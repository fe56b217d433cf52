using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A meeting: its Danish local date and time, kind and status (codes with Danish labels) and notes.</summary>
public sealed record MeetingView(
    Guid Id, Guid CourseId, MeetingKind Kind, string KindLabel, DateOnly Date, TimeOnly Time, DateTimeOffset StartsAt, int DurationMinutes,
    MeetingStatus Status, string StatusLabel, int Moves, string PlannedBy, string? Notes);
