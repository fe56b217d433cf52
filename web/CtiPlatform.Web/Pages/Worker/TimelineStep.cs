namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One step of a course's timeline: its name, planned start and end, actual start and end, and whether it is now.</summary>
public sealed record TimelineStep(string Name, DateOnly? PlannedStart, DateOnly? PlannedEnd, DateOnly? ActualStart, DateOnly? ActualEnd, bool Current);
