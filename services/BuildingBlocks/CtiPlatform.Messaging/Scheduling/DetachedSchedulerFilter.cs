using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Scheduling;

/// <summary>
/// Gives every received message a durable scheduler that saves its rows at once in a scope of its own. Scheduled
/// redelivery needs that: it runs after the failed consumer's transaction has rolled back. Inside a consumer the
/// inbox filter replaces it with one that joins the consumer's unit of work.
/// </summary>
internal sealed class DetachedSchedulerFilter<TContext>(IServiceScopeFactory scopes) : IFilter<ConsumeContext>
    where TContext : ServiceDbContext
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("cti-durable-scheduler");

    public Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        context.GetOrAddPayload<MessageSchedulerContext>(() => new ConsumeMessageSchedulerContext(context, SchedulerFactory));
        return next.Send(context);
    }

    private IMessageScheduler SchedulerFactory(ConsumeContext context) =>
        new MessageScheduler(new DetachedProvider(scopes), context.GetPayload<IBusTopology>());

    /// <summary>Each call is its own small unit of work.</summary>
    private sealed class DetachedProvider(IServiceScopeFactory scopes) : IScheduleMessageProvider
    {
        public async Task<ScheduledMessage<T>> ScheduleSend<T>(
            Uri destinationAddress, DateTime scheduledTime, T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken)
            where T : class
        {
            await using var scope = scopes.CreateAsyncScope();
            return await Provider(scope).ScheduleSend(destinationAddress, scheduledTime, message, pipe, cancellationToken);
        }

        public async Task CancelScheduledSend(Guid tokenId, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await Provider(scope).CancelScheduledSend(tokenId, cancellationToken);
        }

        public async Task CancelScheduledSend(Uri destinationAddress, Guid tokenId, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await Provider(scope).CancelScheduledSend(destinationAddress, tokenId, cancellationToken);
        }

        private static OutboxScheduleMessageProvider<TContext> Provider(AsyncServiceScope scope)
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            return new OutboxScheduleMessageProvider<TContext>(
                scope.ServiceProvider.GetRequiredService<EntityFrameworkOutbox<TContext>>(), ct => db.SaveChangesAsync(ct));
        }
    }
}
