using CtiPlatform.Contracts.Courses;

namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// One thing that happened to a course on <see cref="Date"/> (a Danish local date), with the stage before and
/// after. Only the members its <see cref="Kind"/> needs are set.
/// </summary>
public sealed record CourseOccurrence(OccurrenceKind Kind, DateOnly Date, CourseStage? From, CourseStage To)
{
    public int? Phase { get; init; }

    public DateOnly? PlannedEndDate { get; init; }

    public DateOnly? PreviousDate { get; init; }

    public CourseClosureReason? ClosureReason { get; init; }

    public CourseEndsTo? EndsTo { get; init; }

    public ExtensionReason? ExtensionReason { get; init; }

    public PlannedReminder? Reminder { get; init; }

    /// <summary>The worker a <see cref="OccurrenceKind.Reassigned"/> course was handed over from.</summary>
    public string? PreviousWorkerId { get; init; }
}
