using CtiPlatform.Contracts.Courses;
using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Api;

/// <summary>One course: its stage, planned dates, pending timers, fidelity deviations and the journal of everything that happened.</summary>
public sealed record CourseView
{
    public required Guid Id { get; init; }

    public required string WorkerId { get; init; }

    public required CourseStage Stage { get; init; }

    /// <summary>The stage as the reader's language names it (Danish by default).</summary>
    public required string StageLabel { get; init; }

    public required DateOnly ApprovedOn { get; init; }

    public required DateOnly ExpectedMoveOutDate { get; init; }

    public required DateOnly EarliestStartDate { get; init; }

    public DateOnly? ContactPeriodStartDate { get; init; }

    /// <summary>Set when the worker started the contact period before its start window.</summary>
    public EarlyContactStartView? EarlyContactStart { get; init; }

    public DateOnly? MoveInDate { get; init; }

    public int? PhaseLengthMonths { get; init; }

    public required IReadOnlyList<PhaseView> Phases { get; init; }

    public DateOnly? PlannedEndDate { get; init; }

    public DateOnly? NextTransitionDate { get; init; }

    public required IReadOnlyList<ExtensionView> Extensions { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public CourseClosureReason? ClosureReason { get; init; }

    /// <summary>The closure reason as the reader's language names it (Danish by default).</summary>
    public string? ClosureReasonLabel { get; init; }

    public string? ClosureNote { get; init; }

    public CourseEndsTo? EndsTo { get; init; }

    /// <summary>What the course ends to as the reader's language names it (Danish by default).</summary>
    public string? EndsToLabel { get; init; }

    public required IReadOnlyList<FidelityDeviation> Deviations { get; init; }

    /// <summary>The deviations as the reader's language names them, in the order of <see cref="Deviations"/>.</summary>
    public required IReadOnlyList<string> DeviationLabels { get; init; }

    public required IReadOnlyList<PendingTimerView> PendingTimers { get; init; }

    public required IReadOnlyList<JournalEntryView> Journal { get; init; }
}
