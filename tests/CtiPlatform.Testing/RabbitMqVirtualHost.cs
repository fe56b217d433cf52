namespace CtiPlatform.Testing;

/// <summary>
/// One fresh RabbitMQ virtual host per test run (per test process), deleted when the process exits. A fixture
/// whose hosts consume from queues should take an <see cref="IsolatedVirtualHost"/> of its own instead, so two
/// fixtures' services never compete for each other's messages.
/// </summary>
public static class RabbitMqVirtualHost
{
    private static readonly Lazy<Task<IsolatedVirtualHost>> Created = new(async () =>
    {
        var host = await IsolatedVirtualHost.CreateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return host;
    });

    /// <summary>The AMQP address of this run's virtual host, with credentials.</summary>
    public static async Task<Uri> AddressAsync() => (await Created.Value).Address;
}
