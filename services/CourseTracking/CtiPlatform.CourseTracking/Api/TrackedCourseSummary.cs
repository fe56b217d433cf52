using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A course record in a list.</summary>
public sealed record TrackedCourseSummary(Guid Id, string WorkerId, TrackingStage Stage, string StageLabel, DateOnly? MoveInDate, DateOnly? PlannedEndDate);
