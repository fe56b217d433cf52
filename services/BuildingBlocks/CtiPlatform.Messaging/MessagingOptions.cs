using System.ComponentModel.DataAnnotations;

namespace CtiPlatform.Messaging;

/// <summary>Broker and dispatcher settings. Bound from the <c>MessagingOptions</c> section.</summary>
public sealed class MessagingOptions
{
    /// <summary>RabbitMQ everywhere except the standalone host.</summary>
    public MessagingTransport Transport { get; set; } = MessagingTransport.RabbitMq;

    /// <summary>How many due rows one dispatcher claims per round trip.</summary>
    [Range(1, 10_000)]
    public int DispatchBatchSize { get; set; } = 200;

    /// <summary>
    /// The longest a dispatcher sleeps between looks at the outbox. Commits in this process wake it at once;
    /// this bounds the delay for rows written by other replicas and for timers falling due.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a dispatcher waits before trying again after the broker or database failed.</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a failing consumer is retried in place before its message is redelivered later.</summary>
    [Range(0, 20)]
    public int ImmediateRetries { get; set; } = 3;

    /// <summary>
    /// Delays of the scheduled redeliveries after the immediate retries; then the message goes to <c>_error</c>.
    /// Unset means <see cref="DefaultRedeliveryDelays"/>. No default in the property itself: the configuration
    /// binder overwrites an array index by index, so configuring two delays would keep the default's third.
    /// </summary>
    public TimeSpan[]? RedeliveryDelays { get; set; }

    /// <summary>5 s, 30 s, 2 min: outlasts a broker or database fail-over without holding a poison message for long.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRedeliveryDelays { get; } = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    /// <summary>The delays in force.</summary>
    public TimeSpan[] EffectiveRedeliveryDelays => RedeliveryDelays is { Length: > 0 } configured ? configured : [.. DefaultRedeliveryDelays];

    /// <summary>How long processed message ids are remembered; a copy redelivered later than this is processed again.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);
}
