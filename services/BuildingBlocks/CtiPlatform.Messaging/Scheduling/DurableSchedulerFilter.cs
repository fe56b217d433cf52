using CtiPlatform.Messaging.Inbox;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.Messaging.Scheduling;

/// <summary>
/// Gives every received message the durable scheduler, ahead of the per-message pipes (retry, redelivery,
/// consumer). Inside a consumer's unit of work a scheduled send joins that transaction; outside it, which is
/// where scheduled redelivery runs after the failed consumer rolled back, each call saves its row at once in a
/// scope of its own.
/// </summary>
internal sealed class DurableSchedulerFilter<TContext>(IServiceScopeFactory scopes) : IFilter<ConsumeContext>
    where TContext : ServiceDbContext
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("cti-durable-scheduler");

    public Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        context.GetOrAddPayload<MessageSchedulerContext>(() => new ConsumeMessageSchedulerContext(context, SchedulerFactory));
        return next.Send(context);
    }

    private IMessageScheduler SchedulerFactory(ConsumeContext context) =>
        new MessageScheduler(new RoutingProvider(scopes), context.GetPayload<IBusTopology>());

    private sealed class RoutingProvider(IServiceScopeFactory scopes) : IScheduleMessageProvider
    {
        public Task<ScheduledMessage<T>> ScheduleSend<T>(
            Uri destinationAddress, DateTime scheduledTime, T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken)
            where T : class =>
            Run(provider => provider.ScheduleSend(destinationAddress, scheduledTime, message, pipe, cancellationToken));

        public Task CancelScheduledSend(Guid tokenId, CancellationToken cancellationToken) =>
            Run(provider => provider.CancelScheduledSend(tokenId, cancellationToken));

        public Task CancelScheduledSend(Uri destinationAddress, Guid tokenId, CancellationToken cancellationToken) =>
            Run(provider => provider.CancelScheduledSend(destinationAddress, tokenId, cancellationToken));

        private Task Run(Func<OutboxScheduleMessageProvider<TContext>, Task> call) =>
            Run(async provider =>
            {
                await call(provider);
                return true;
            });

        private async Task<TResult> Run<TResult>(Func<OutboxScheduleMessageProvider<TContext>, Task<TResult>> call)
        {
            if (ConsumerOutbox<TContext>.Current is { } joined)
            {
                return await call(new OutboxScheduleMessageProvider<TContext>(joined, null));
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            return await call(new OutboxScheduleMessageProvider<TContext>(
                scope.ServiceProvider.GetRequiredService<EntityFrameworkOutbox<TContext>>(), ct => db.SaveChangesAsync(ct)));
        }
    }
}
