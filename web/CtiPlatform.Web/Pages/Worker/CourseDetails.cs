namespace CtiPlatform.Web.Pages.Worker;

/// <summary>What the course page shows of <c>GET /api/courses/{id}</c>: stage and the planned and actual dates.</summary>
public sealed record CourseDetails(
    Guid Id, string Stage, string StageLabel, DateOnly ApprovedOn, DateOnly ExpectedMoveOutDate, DateOnly EarliestStartDate,
    DateOnly? ContactPeriodStartDate, DateOnly? MoveInDate, IReadOnlyList<CoursePhase> Phases, DateOnly? PlannedEndDate,
    DateOnly? NextTransitionDate, DateOnly? ClosedOn, string? ClosureReasonLabel, string? EndsToLabel, IReadOnlyList<string> DeviationLabels);
