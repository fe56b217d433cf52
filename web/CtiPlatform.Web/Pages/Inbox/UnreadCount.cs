namespace CtiPlatform.Web.Pages.Inbox;

/// <summary>How many reminders the user has not read (<c>GET /api/notifications/inbox/unread-count</c>).</summary>
public sealed record UnreadCount(int Unread);
