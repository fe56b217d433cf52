using CtiPlatform.Persistence;
using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Messaging.Sagas;

/// <summary>
/// Loads and stores saga instances through the message's scoped service context, so an instance's new state
/// commits in the inbox unit of work together with the messages and timers the state machine emitted.
/// </summary>
internal sealed class EntityFrameworkSagaRepositoryContextFactory<TContext, TSaga>(TContext db, ISagaConsumeContextFactory<TContext, TSaga> factory) :
    ISagaRepositoryContextFactory<TSaga>,
    IQuerySagaRepositoryContextFactory<TSaga>,
    ILoadSagaRepositoryContextFactory<TSaga>
    where TContext : ServiceDbContext
    where TSaga : class, ISaga
{
    public void Probe(ProbeContext context) => context.Add("persistence", "cti-entity-framework");

    public async Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        await next.Send(new EntityFrameworkSagaRepositoryContext<TContext, TSaga, T>(db, context, factory));

        // Saved here, not only at the unit of work's end, so a lost race surfaces as a concurrency conflict the retry policy handles.
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class
    {
        var instances = await db.Set<TSaga>().Where(query.FilterExpression).ToListAsync(context.CancellationToken);
        var repository = new EntityFrameworkSagaRepositoryContext<TContext, TSaga, T>(db, context, factory);
        await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repository, instances));
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        await asyncMethod(new EntityFrameworkSagaReader<TContext, TSaga>(db, cancellationToken));

    public async Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        await asyncMethod(new EntityFrameworkSagaReader<TContext, TSaga>(db, cancellationToken));
}
