using System.Collections.Concurrent;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Referrals;
using CtiPlatform.Messaging;
using MassTransit;

namespace CtiPlatform.Referrals.Tests;

/// <summary>
/// A separate bus on the test's virtual host, as another service would be: it records every referral event
/// exactly as it travels (body and headers), and can publish course events to the service.
/// </summary>
public sealed class EventCapture : IAsyncDisposable
{
    private readonly IBusControl bus;

    private EventCapture(IBusControl bus) => this.bus = bus;

    public ConcurrentQueue<CapturedMessage> Received { get; } = new();

    public static async Task<EventCapture> StartAsync(Uri broker, string queue)
    {
        EventCapture? capture = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            cfg.ReceiveEndpoint(queue, e =>
            {
                e.AutoDelete = true;
                e.Handler<ReferralSubmitted>(c => capture!.Record(c, c.Message.ReferralId));
                e.Handler<ReferralApproved>(c => capture!.Record(c, c.Message.ReferralId));
                e.Handler<ReferralDeclined>(c => capture!.Record(c, c.Message.ReferralId));
                e.Handler<ReferralWithdrawn>(c => capture!.Record(c, c.Message.ReferralId));
                e.Handler<CourseReassigned>(c => capture!.Record(c, c.Message.CourseId));
            });
        });
        capture = new EventCapture(bus);
        await bus.StartAsync();
        return capture;
    }

    public Task PublishAsync<T>(T message, string tenantId)
        where T : class =>
        bus.Publish(message, c => c.Headers.Set(MessageHeaderNames.TenantId, tenantId));

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    private Task Record<T>(ConsumeContext<T> context, Guid referralId)
        where T : class
    {
        var headers = string.Join('\n', context.Headers.GetAll().Select(h => $"{h.Key}={h.Value}"));
        Received.Enqueue(new CapturedMessage(referralId, typeof(T).Name, System.Text.Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes()), headers));
        return Task.CompletedTask;
    }
}
