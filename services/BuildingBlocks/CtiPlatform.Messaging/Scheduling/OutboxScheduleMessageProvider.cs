using System.Globalization;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;

namespace CtiPlatform.Messaging.Scheduling;

/// <summary>
/// MassTransit's scheduler seam (used by <see cref="IMessageScheduler"/>, state machines' <c>Schedule</c> and
/// scheduled redelivery) backed by outbox rows due in the future. <paramref name="save"/> is null when the rows
/// join the caller's unit of work, and saves them at once when there is none (redelivery of a failed message).
/// </summary>
internal sealed class OutboxScheduleMessageProvider<TContext>(EntityFrameworkOutbox<TContext> outbox, Func<CancellationToken, Task>? save)
    : IScheduleMessageProvider
    where TContext : ServiceDbContext
{
    public async Task<ScheduledMessage<T>> ScheduleSend<T>(
        Uri destinationAddress, DateTime scheduledTime, T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken)
        where T : class
    {
        var tokenId = ScheduleTokenIdCache<T>.GetTokenId(message);

        // The send happens later, in another process perhaps; running the pipe now captures what it sets.
        var context = new MessageSendContext<T>(message, cancellationToken);
        if (pipe.IsNotEmpty())
        {
            await pipe.Send(context);
        }

        var instant = new DateTimeOffset(scheduledTime.Kind == DateTimeKind.Local ? scheduledTime.ToUniversalTime() : DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc));
        outbox.Add(message, destinationAddress, null, instant, tokenId, new ScheduledSendEnvelope(context.MessageId ?? NewId.NextGuid(), Capture(context)));
        if (save is not null)
        {
            await save(cancellationToken);
        }

        return new ScheduledMessageHandle<T>(tokenId, instant.UtcDateTime, destinationAddress, message);
    }

    public Task CancelScheduledSend(Guid tokenId, CancellationToken cancellationToken) => CancelAsync(tokenId, cancellationToken);

    public Task CancelScheduledSend(Uri destinationAddress, Guid tokenId, CancellationToken cancellationToken) => CancelAsync(tokenId, cancellationToken);

    private async Task CancelAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        await outbox.CancelScheduledAsync(tokenId, cancellationToken);
        if (save is not null)
        {
            await save(cancellationToken);
        }
    }

    private static Dictionary<string, string> Capture(SendContext context)
    {
        var headers = context.Headers.GetAll()
            .Where(h => h.Value is not null)
            .ToDictionary(h => h.Key, h => Convert.ToString(h.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal);
        Put(headers, EnvelopeKeys.CorrelationId, context.CorrelationId);
        Put(headers, EnvelopeKeys.ConversationId, context.ConversationId);
        Put(headers, EnvelopeKeys.InitiatorId, context.InitiatorId);
        Put(headers, EnvelopeKeys.RequestId, context.RequestId);
        return headers;
    }

    private static void Put(Dictionary<string, string> headers, string key, Guid? value)
    {
        if (value is { } id)
        {
            headers[key] = id.ToString();
        }
    }
}
