namespace CtiPlatform.CourseTracking.Application;

/// <summary>A worker's week as <see cref="DueWork"/> reads it: due from today to Sunday, and overdue from before today.</summary>
internal sealed record DueWeek(DateOnly Today, DateOnly WeekStart, DateOnly WeekEnd, IReadOnlyList<DueItem> ThisWeek, IReadOnlyList<DueItem> Overdue);
