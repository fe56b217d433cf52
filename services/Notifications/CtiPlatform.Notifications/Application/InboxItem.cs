using CtiPlatform.Notifications.Domain;

namespace CtiPlatform.Notifications.Application;

/// <summary>An inbox entry as one reader sees it: with whether she has read it.</summary>
internal sealed record InboxItem(InboxEntry Entry, bool Read);
