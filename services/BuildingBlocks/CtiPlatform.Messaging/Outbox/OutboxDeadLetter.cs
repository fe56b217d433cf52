namespace CtiPlatform.Messaging.Outbox;

/// <summary>
/// An outbox row this service can no longer read (its message type was renamed or removed, its body no longer
/// fits the type), set aside so it stops blocking the rows behind it. Kept whole for an operator to repair and
/// put back, or to delete (docs/decisions/207-unreadable-outbox-rows.md).
/// </summary>
public sealed class OutboxDeadLetter
{
    public required long SequenceNumber { get; init; }

    public required Guid MessageId { get; init; }

    public string? OrderingKey { get; init; }

    public string? Destination { get; init; }

    public required string MessageType { get; init; }

    public required string Body { get; init; }

    public required string Headers { get; init; }

    /// <summary>Why the dispatcher could not read it.</summary>
    public required string Error { get; init; }

    public required DateTimeOffset FailedAt { get; init; }

    internal static OutboxDeadLetter From(OutboxMessage row, Exception error, DateTimeOffset now) => new()
    {
        SequenceNumber = row.SequenceNumber,
        MessageId = row.MessageId,
        OrderingKey = row.OrderingKey,
        Destination = row.Destination,
        MessageType = row.MessageType,
        Body = row.Body,
        Headers = row.Headers,
        Error = $"{error.GetType().Name}: {error.Message}",
        FailedAt = now,
    };
}
