namespace CtiPlatform.Workflows.Api;

/// <summary>A phase: planned dates (end exclusive) and, once it is over, the day it ended.</summary>
public sealed record PhaseView(int Phase, DateOnly StartDate, DateOnly PlannedEndDate, DateOnly? EndDate);
