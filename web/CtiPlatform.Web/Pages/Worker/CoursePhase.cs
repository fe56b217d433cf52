namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A phase: planned dates (end exclusive) and, once over, the day it ended.</summary>
public sealed record CoursePhase(int Phase, DateOnly StartDate, DateOnly PlannedEndDate, DateOnly? EndDate);
