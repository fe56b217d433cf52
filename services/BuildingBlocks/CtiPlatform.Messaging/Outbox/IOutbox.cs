namespace CtiPlatform.Messaging.Outbox;

/// <summary>
/// Messages a unit of work emits, stored in the service's own database so they commit or roll back with its
/// state change; a dispatcher hands them to the broker after commit. Nothing reaches the broker until the
/// caller's <c>SaveChanges</c> (and its transaction, if any) commits. Consumers emit through this too, not through
/// <c>ConsumeContext.Publish</c>, which would reach the broker even when the consumer's changes roll back.
/// </summary>
public interface IOutbox
{
    /// <summary>Publishes <paramref name="message"/> to its subscribers after commit.</summary>
    /// <param name="message">The event.</param>
    /// <param name="orderingKey">
    /// The aggregate whose messages must stay in order; by default the correlation id of a
    /// <c>CorrelatedBy&lt;Guid&gt;</c> message, otherwise none.
    /// </param>
    /// <returns>The message id, fixed now so redelivered copies are recognised.</returns>
    Guid Publish<T>(T message, string? orderingKey = null)
        where T : class;

    /// <summary>Sends <paramref name="message"/> to one endpoint after commit.</summary>
    Guid Send<T>(Uri destination, T message, string? orderingKey = null)
        where T : class;

    /// <summary>Sends <paramref name="message"/> to the queue named <paramref name="endpointName"/> after commit.</summary>
    Guid Send<T>(string endpointName, T message, string? orderingKey = null)
        where T : class;

    /// <summary>
    /// Sends <paramref name="message"/> to <paramref name="destination"/> at <paramref name="deliverAt"/>, also when
    /// that instant passes while the service is down.
    /// </summary>
    /// <returns>The token that cancels it with <see cref="CancelScheduledAsync"/>.</returns>
    Guid Schedule<T>(Uri destination, DateTimeOffset deliverAt, T message, Guid? tokenId = null)
        where T : class;

    /// <summary>Cancels every not yet delivered message scheduled with <paramref name="tokenId"/>, when the unit of work commits.</summary>
    Task CancelScheduledAsync(Guid tokenId, CancellationToken cancellationToken = default);
}
