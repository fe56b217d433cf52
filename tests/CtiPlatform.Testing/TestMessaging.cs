namespace CtiPlatform.Testing;

/// <summary>
/// The messaging keys of a service under test: where its broker is, and an outbox poll of 50 ms instead of 250 ms,
/// so rows written by another host and timers a test's clock makes due go out without a noticeable wait.
/// </summary>
public static class TestMessaging
{
    /// <summary>RabbitMQ at <paramref name="broker"/> (an AMQP address with credentials and virtual host).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> RabbitMq(Uri broker) =>
        [new("ConnectionStrings:rabbitmq", broker.ToString()), PollInterval];

    /// <summary>The in-memory transport, as the standalone host runs a service.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> InMemory => [new("MessagingOptions:Transport", "InMemory"), PollInterval];

    private static KeyValuePair<string, string?> PollInterval => new("MessagingOptions:PollInterval", "00:00:00.050");
}
