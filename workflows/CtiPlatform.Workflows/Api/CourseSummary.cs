using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Api;

/// <summary>
/// A course in a list: where it is and when the calendar moves it next; the stage and deviations also as the reader's
/// language names them (Danish by default), the deviation labels in the order of the codes.
/// </summary>
public sealed record CourseSummary(
    Guid Id, string WorkerId, CourseStage Stage, DateOnly? MoveInDate, DateOnly? NextTransitionDate, DateOnly? PlannedEndDate,
    IReadOnlyList<FidelityDeviation> Deviations, string StageLabel, IReadOnlyList<string> DeviationLabels);
