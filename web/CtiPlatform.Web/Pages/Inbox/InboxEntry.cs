namespace CtiPlatform.Web.Pages.Inbox;

/// <summary>A reminder in the inbox (<c>InboxEntryView</c>): the course by id only, what is due (Danish title) and when, and whether it is read.</summary>
public sealed record InboxEntry(Guid Id, Guid CourseId, string Title, DateOnly Date, int? Phase, DateTimeOffset CreatedAt, bool Read);
