namespace CtiPlatform.Web.Pages.Admin;

/// <summary>One line of a service's access log (<c>AccessLogEntryView</c>): who read or changed what, when and why.</summary>
public sealed record AccessLogLine(
    DateTimeOffset OccurredAt, string ActorId, string ActorRoles, string SubjectType, string SubjectId, string Action, string Purpose)
{
    /// <summary>The service that wrote the line, as its Danish name; set by the page, not sent by the service.</summary>
    public string Service { get; init; } = "";
}
