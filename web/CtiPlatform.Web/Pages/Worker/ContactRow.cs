namespace CtiPlatform.Web.Pages.Worker;

/// <summary>An unplanned contact as <c>GET /api/tracking/courses/{id}/contacts</c> gives it.</summary>
public sealed record ContactRow(Guid Id, string Kind, string KindLabel, DateTimeOffset OccurredAt, int DurationMinutes, string? Notes);
