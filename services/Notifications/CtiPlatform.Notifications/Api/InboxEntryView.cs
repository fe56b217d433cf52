namespace CtiPlatform.Notifications.Api;

/// <summary>An inbox entry: the course it is about (by id only), what is due and by when, and whether the reader has read it.</summary>
public sealed record InboxEntryView(Guid Id, Guid CourseId, string Kind, string Title, DateOnly Date, int? Phase, DateTimeOffset CreatedAt, bool Read);
