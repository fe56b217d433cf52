using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Api;

/// <summary>A course in a list: where it is and when the calendar moves it next.</summary>
public sealed record CourseSummary(
    Guid Id, string WorkerId, CourseStage Stage, DateOnly? MoveInDate, DateOnly? NextTransitionDate, DateOnly? PlannedEndDate,
    IReadOnlyList<FidelityDeviation> Deviations);
