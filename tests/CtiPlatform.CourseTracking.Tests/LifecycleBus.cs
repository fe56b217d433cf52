using System.Collections.Concurrent;
using CtiPlatform.Contracts.Meetings;
using CtiPlatform.Messaging;
using CtiPlatform.Testing;
using MassTransit;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>
/// A bus of its own on the test's virtual host, as the other services are: it publishes the lifecycle's events to the
/// service with the tenant header, and records every meeting event the service publishes, body and headers as they travelled.
/// </summary>
public sealed class LifecycleBus : IAsyncDisposable
{
    private readonly ConcurrentQueue<CapturedMessage> received = new();
    private IBusControl bus = null!;

    public IReadOnlyList<CapturedMessage> Received => received.ToArray();

    public static async Task<LifecycleBus> StartAsync(Uri broker)
    {
        var recorder = new LifecycleBus();
        recorder.bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            cfg.ReceiveEndpoint("tracking-test-observer", e =>
            {
                e.AutoDelete = true;
                recorder.Record<MeetingPlanned>(e);
                recorder.Record<MeetingMoved>(e);
                recorder.Record<MeetingCancelled>(e);
            });
        });
        var handle = await recorder.bus.StartAsync();
        await handle.Ready;
        return recorder;
    }

    public Task PublishAsync<T>(T message, string tenantId, Guid? messageId = null)
        where T : class =>
        bus.Publish(message, c =>
        {
            c.Headers.Set(MessageHeaderNames.TenantId, tenantId);
            if (messageId is { } id)
            {
                c.MessageId = id;
            }
        });

    public IReadOnlyList<T> Of<T>(Guid meetingId)
        where T : class =>
        received.Where(m => m.Message is T && m.MeetingId == meetingId).Select(m => (T)m.Message).ToList();

    /// <summary>Waits until <paramref name="count"/> events of <typeparamref name="T"/> for the meeting have arrived.</summary>
    public Task<IReadOnlyList<T>> WaitForAsync<T>(Guid meetingId, int count = 1)
        where T : class =>
        Eventually.Until(() => Task.FromResult(Of<T>(meetingId)), list => list.Count >= count, TimeSpan.FromSeconds(30), $"{count} {typeof(T).Name} for {meetingId}");

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    private void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint)
        where T : class =>
        endpoint.Handler<T>(context =>
        {
            var headers = string.Join('\n', context.Headers.GetAll().Select(h => $"{h.Key}={h.Value}"));
            var meetingId = (Guid)typeof(T).GetProperty("MeetingId")!.GetValue(context.Message)!;
            received.Enqueue(new CapturedMessage(meetingId, context.Message, System.Text.Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes()), headers));
            return Task.CompletedTask;
        });
}
