namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A meeting as <c>GET /api/tracking/courses/{id}/meetings</c> gives it: Danish local start, kind and status as codes with labels, notes.</summary>
public sealed record MeetingRow(
    Guid Id, string Kind, string KindLabel, DateTimeOffset StartsAt, int DurationMinutes, string Status, string StatusLabel, int Moves, string? Notes)
{
    public bool Planned => Status == "Planned";
}
