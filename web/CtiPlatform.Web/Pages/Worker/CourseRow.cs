namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A course on a list (<c>CourseSummary</c>): no personal data, the stage and deviations as labels.</summary>
public sealed record CourseRow(
    Guid Id, string StageLabel, DateOnly? MoveInDate, DateOnly? NextTransitionDate, DateOnly? PlannedEndDate, IReadOnlyList<string> DeviationLabels);
