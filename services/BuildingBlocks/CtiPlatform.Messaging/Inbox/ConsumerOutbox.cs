using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence;

namespace CtiPlatform.Messaging.Inbox;

/// <summary>
/// The outbox of the consumer unit of work running in this async flow, if any. An async-local rather than a
/// consume-context payload: MassTransit shares payloads between a consumer's scope and the pipe around it, so a
/// payload set inside the unit of work would still be there when scheduled redelivery runs after it rolled back.
/// The async-local is gone once the unit of work returns.
/// </summary>
internal static class ConsumerOutbox<TContext>
    where TContext : ServiceDbContext
{
    private static readonly AsyncLocal<EntityFrameworkOutbox<TContext>?> Active = new();

    public static EntityFrameworkOutbox<TContext>? Current => Active.Value;

    public static void Enter(EntityFrameworkOutbox<TContext> outbox) => Active.Value = outbox;
}
