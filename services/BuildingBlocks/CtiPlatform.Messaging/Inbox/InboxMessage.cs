namespace CtiPlatform.Messaging.Inbox;

/// <summary>A message id one consumer has processed; its row commits with that consumer's changes.</summary>
public sealed class InboxMessage
{
    public required Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}
