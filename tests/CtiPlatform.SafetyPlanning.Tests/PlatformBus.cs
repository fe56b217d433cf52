using System.Collections.Concurrent;
using System.Text;
using CtiPlatform.Contracts.Safety;
using CtiPlatform.Messaging;
using MassTransit;

namespace CtiPlatform.SafetyPlanning.Tests;

/// <summary>
/// A separate bus on the test's virtual host, as the other services would be: it publishes lifecycle events to the
/// service and records every safety event exactly as it travels (body and headers).
/// </summary>
public sealed class PlatformBus : IAsyncDisposable
{
    private readonly IBusControl bus;

    private PlatformBus(IBusControl bus) => this.bus = bus;

    public ConcurrentQueue<CapturedMessage> Received { get; } = new();

    public static async Task<PlatformBus> StartAsync(Uri broker)
    {
        PlatformBus? platform = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            cfg.ReceiveEndpoint("safety-tests-capture", e =>
            {
                e.AutoDelete = true;
                e.Handler<AddressProtectionRegistered>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<AddressProtectionEnded>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<AddressProtectionExpiryDue>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<ContactStopped>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<ContactStopLifted>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<SafetyPlanReviewDue>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<RiskLevelRaised>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<NeverContactPersonListed>(c => platform!.Record(c, c.Message.CourseId));
                e.Handler<NeverContactPersonRemoved>(c => platform!.Record(c, c.Message.CourseId));
            });
        });
        platform = new PlatformBus(bus);
        await bus.StartAsync();
        return platform;
    }

    /// <summary>The messages of <typeparamref name="T"/> about <paramref name="courseId"/> received so far.</summary>
    public IReadOnlyList<CapturedMessage> Of<T>(Guid courseId) =>
        Received.Where(m => m.CourseId == courseId && m.MessageType == typeof(T).Name).ToList();

    public Task PublishAsync<T>(T message, string tenantId)
        where T : class =>
        bus.Publish(message, c => c.Headers.Set(MessageHeaderNames.TenantId, tenantId));

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    private Task Record<T>(ConsumeContext<T> context, Guid courseId)
        where T : class
    {
        var headers = string.Join('\n', context.Headers.GetAll().Select(h => $"{h.Key}={h.Value}"));
        Received.Enqueue(new CapturedMessage(courseId, typeof(T).Name, Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes()), headers));
        return Task.CompletedTask;
    }
}
