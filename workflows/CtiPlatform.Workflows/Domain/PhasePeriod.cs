namespace CtiPlatform.Workflows.Domain;

/// <summary>One phase as it happened: its start, its planned (exclusive) end and, once over, the day it ended.</summary>
public sealed record PhasePeriod(int Phase, DateOnly StartDate, DateOnly PlannedEndDate, DateOnly? EndDate);
