using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A course record: stage (code and Danish label) and the lifecycle's dates as this service last heard them.</summary>
public sealed record TrackedCourseView
{
    public required Guid Id { get; init; }

    public required string WorkerId { get; init; }

    public required TrackingStage Stage { get; init; }

    public required string StageLabel { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public DateOnly? ExpectedMoveOutDate { get; init; }

    public DateOnly? ContactPeriodStartDate { get; init; }

    public DateOnly? MoveInDate { get; init; }

    public required IReadOnlyList<PhaseDatesView> Phases { get; init; }

    /// <summary>The planned (exclusive) end of the course, once phase 3 has started.</summary>
    public DateOnly? PlannedEndDate { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public CourseClosureReason? ClosureReason { get; init; }

    public required bool HasChildren { get; init; }
}
