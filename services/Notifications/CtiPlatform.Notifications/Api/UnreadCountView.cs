namespace CtiPlatform.Notifications.Api;

public sealed record UnreadCountView(int Unread);
