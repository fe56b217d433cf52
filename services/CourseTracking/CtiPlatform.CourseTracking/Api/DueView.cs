namespace CtiPlatform.CourseTracking.Api;

/// <summary>What is due this week (Monday to Sunday, from today) and what is overdue, on the caller's courses.</summary>
public sealed record DueView(DateOnly Today, DateOnly WeekStart, DateOnly WeekEnd, IReadOnlyList<DueItemView> ThisWeek, IReadOnlyList<DueItemView> Overdue);
