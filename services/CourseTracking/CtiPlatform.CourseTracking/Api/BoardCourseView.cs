using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>One open course on the team lead's board: stage, worker, the next transition, what is overdue and its live fidelity flags.</summary>
public sealed record BoardCourseView(
    Guid Id,
    string WorkerId,
    TrackingStage Stage,
    string StageLabel,
    ChecklistTransition? NextTransition,
    string? NextTransitionLabel,
    DateOnly? NextTransitionOn,
    IReadOnlyList<DueItemView> Overdue,
    IReadOnlyList<FidelityFlagView> FidelityFlags);
