namespace CtiPlatform.Notifications.Api;

/// <summary>What was (or is to be) sent, when and through which binding; never the message itself.</summary>
public sealed record DeliveryView(
    Guid Id, Guid? InboxEntryId, string Channel, string ChannelLabel, string Binding, string State, string StateLabel, int Attempts,
    string? LastFailure, DateTimeOffset DueAt, DateTimeOffset? SentAt, DateTimeOffset? FailedAt);
