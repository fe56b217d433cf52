using CtiPlatform.Messaging;
using MassTransit;

namespace CtiPlatform.Notifications.Tests;

/// <summary>A separate bus on the test's virtual host, as the workflow service would be: it publishes reminders.</summary>
public sealed class ReminderPublisher : IAsyncDisposable
{
    private readonly IBusControl bus;

    private ReminderPublisher(IBusControl bus) => this.bus = bus;

    public static async Task<ReminderPublisher> StartAsync(Uri broker)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker));
        await bus.StartAsync();
        return new ReminderPublisher(bus);
    }

    public Task PublishAsync<T>(T message, string tenantId)
        where T : class =>
        bus.Publish(message, c => c.Headers.Set(MessageHeaderNames.TenantId, tenantId));

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
