namespace CtiPlatform.Messaging.Outbox;

/// <summary>
/// A message waiting in the service's database for the broker: written in the caller's transaction, delivered
/// by a dispatcher once <see cref="DeliverAt"/> has passed, deleted when the broker has confirmed it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; messages with the same <see cref="OrderingKey"/> leave in this order.</summary>
    public long SequenceNumber { get; init; }

    /// <summary>Fixed when written, so a redelivered copy is recognised by every consumer's inbox.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The aggregate whose messages must not overtake each other; null when order does not matter.</summary>
    public string? OrderingKey { get; init; }

    /// <summary>The endpoint address for a send; null for a publish.</summary>
    public string? Destination { get; init; }

    /// <summary>The CLR type, as <c>Namespace.Type, Assembly</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>The message as JSON.</summary>
    public required string Body { get; init; }

    /// <summary>Headers as a JSON object of strings.</summary>
    public required string Headers { get; init; }

    /// <summary>The absolute UTC instant from which the message may be delivered.</summary>
    public required DateTimeOffset DeliverAt { get; init; }

    /// <summary>The token a scheduled message can be cancelled by; null for ordinary messages.</summary>
    public Guid? SchedulingTokenId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
