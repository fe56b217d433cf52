using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Messaging.Outbox;

/// <summary>Adds outbox rows to the service's scoped context, so they are saved by the caller's own <c>SaveChanges</c>.</summary>
internal sealed class EntityFrameworkOutbox<TContext>(TContext db, TenantContext tenant, TimeProvider time) : IOutbox
    where TContext : ServiceDbContext
{
    public Guid Publish<T>(T message, string? orderingKey = null)
        where T : class =>
        Add(message, null, orderingKey, null, null, null);

    public Guid Send<T>(Uri destination, T message, string? orderingKey = null)
        where T : class =>
        Add(message, destination, orderingKey, null, null, null);

    public Guid Send<T>(string endpointName, T message, string? orderingKey = null)
        where T : class =>
        Add(message, new Uri($"queue:{endpointName}"), orderingKey, null, null, null);

    public Guid Schedule<T>(Uri destination, DateTimeOffset deliverAt, T message, Guid? tokenId = null)
        where T : class
    {
        var token = tokenId ?? NewId.NextGuid();
        Add(message, destination, null, deliverAt, token, null);
        return token;
    }

    public async Task CancelScheduledAsync(Guid tokenId, CancellationToken cancellationToken = default)
    {
        var set = db.Set<OutboxMessage>();

        // Scheduled and cancelled in the same unit of work: the row is still only in the change tracker.
        foreach (var pending in set.Local.Where(m => m.SchedulingTokenId == tokenId).ToList())
        {
            set.Remove(pending);
        }

        set.RemoveRange(await set.Where(m => m.SchedulingTokenId == tokenId).ToListAsync(cancellationToken));
    }

    /// <summary>The one place rows are made, also for the MassTransit scheduler, which supplies its own id and headers.</summary>
    internal Guid Add(
        object message, Uri? destination, string? orderingKey, DateTimeOffset? deliverAt, Guid? tokenId, ScheduledSendEnvelope? envelope)
    {
        var now = time.GetUtcNow();
        var type = message.GetType();
        var headers = new Dictionary<string, string>(envelope?.Headers ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (tenant.TenantId is { } tenantId)
        {
            headers[MessageHeaderNames.TenantId] = tenantId;
        }

        var messageId = envelope?.MessageId ?? NewId.NextGuid();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = messageId,
            OrderingKey = orderingKey ?? (message is CorrelatedBy<Guid> correlated && deliverAt is null ? correlated.CorrelationId.ToString() : null),
            Destination = destination?.ToString(),
            MessageType = OutboxSerializer.TypeName(type),
            Body = OutboxSerializer.Serialize(message, type),
            Headers = OutboxSerializer.SerializeHeaders(headers),
            DeliverAt = deliverAt?.ToUniversalTime() ?? now,
            SchedulingTokenId = tokenId,
            CreatedAt = now,
        });
        return messageId;
    }
}
