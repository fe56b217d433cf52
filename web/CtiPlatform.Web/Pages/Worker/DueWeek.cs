namespace CtiPlatform.Web.Pages.Worker;

/// <summary><c>GET /api/tracking/due</c>: what is due from today to Sunday of this Danish week, and what is overdue, on the worker's courses.</summary>
public sealed record DueWeek(DateOnly WeekStart, DateOnly WeekEnd, IReadOnlyList<DueItem> ThisWeek, IReadOnlyList<DueItem> Overdue);
