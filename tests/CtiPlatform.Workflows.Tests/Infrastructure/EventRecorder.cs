using System.Collections.Concurrent;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Contracts.Reminders;
using CtiPlatform.Testing;
using MassTransit;

namespace CtiPlatform.Workflows.Tests.Infrastructure;

/// <summary>
/// Stands in for the services that consume the lifecycle's events (referrals, notifications): a bus of its own on
/// the test's virtual host that records every lifecycle event and reminder it receives — once per message id, as the
/// consumers' inbox does: an outbox row published again after a host stopped between publishing and marking it is
/// the same event delivered twice (at least once, by design), not a second event.
/// </summary>
public sealed class EventRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<object> received = new();
    private readonly ConcurrentDictionary<Guid, bool> seen = new();
    private IBusControl bus = null!;

    public IReadOnlyList<object> Received => received.ToArray();

    public static async Task<EventRecorder> StartAsync(Uri broker)
    {
        var recorder = new EventRecorder();
        recorder.bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker);
            cfg.ReceiveEndpoint("workflow-test-observer", e =>
            {
                recorder.Record<ContactPeriodStarted>(e);
                recorder.Record<MoveInRegistered>(e);
                recorder.Record<PhaseStarted>(e);
                recorder.Record<CourseExtended>(e);
                recorder.Record<CourseClosed>(e);
                recorder.Record<PhaseChangeDue>(e);
                recorder.Record<ChangeCompassAssessmentDue>(e);
                recorder.Record<HandOverMeetingsDue>(e);
                recorder.Record<CourseClosureDue>(e);
                recorder.Record<ContactPeriodExceeded>(e);
                recorder.Record<ChangeCompassStartingMeasurementDue>(e);
            });
        });
        var handle = await recorder.bus.StartAsync();
        await handle.Ready;
        return recorder;
    }

    public IReadOnlyList<T> Of<T>(Guid courseId)
        where T : class =>
        received.OfType<T>().Where(m => CourseId(m) == courseId).ToList();

    /// <summary>Waits until <paramref name="count"/> events of <typeparamref name="T"/> for the course have arrived and returns them.</summary>
    public Task<IReadOnlyList<T>> WaitForAsync<T>(Guid courseId, int count = 1)
        where T : class =>
        Eventually.Until(() => Task.FromResult(Of<T>(courseId)), list => list.Count >= count, Bounds.Signal, $"{count} {typeof(T).Name} for {courseId}");

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    private static Guid CourseId(object message) => (Guid)message.GetType().GetProperty("CourseId")!.GetValue(message)!;

    private void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint)
        where T : class =>
        endpoint.Handler<T>(context =>
        {
            if (seen.TryAdd(context.MessageId!.Value, true))
            {
                received.Enqueue(context.Message);
            }

            return Task.CompletedTask;
        });
}
