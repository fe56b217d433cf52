using CtiPlatform.Messaging.Sagas;
using CtiPlatform.Persistence;
using MassTransit.Configuration;
using MassTransit.Saga;

namespace MassTransit;

/// <summary>Registers the platform's EF Core saga store, for PostgreSQL and SQLite alike.</summary>
public static class SagaRepositoryRegistrationExtensions
{
    /// <summary>
    /// Stores <typeparamref name="TSaga"/> in <typeparamref name="TContext"/>, which must map it (and, on PostgreSQL,
    /// a script must create its table). A saga implementing <see cref="ISagaVersion"/> gets optimistic concurrency:
    /// a lost race fails the save and the message is retried against the fresh row.
    /// </summary>
    public static ISagaRegistrationConfigurator<TSaga> EfCoreRepository<TContext, TSaga>(this ISagaRegistrationConfigurator<TSaga> configurator)
        where TContext : ServiceDbContext
        where TSaga : class, ISaga
    {
        configurator.Repository(r =>
        {
            r.RegisterLoadSagaRepository<TSaga, EntityFrameworkSagaRepositoryContextFactory<TContext, TSaga>>();
            r.RegisterQuerySagaRepository<TSaga, EntityFrameworkSagaRepositoryContextFactory<TContext, TSaga>>();
            r.RegisterSagaRepository<TSaga, TContext, SagaConsumeContextFactory<TContext, TSaga>, EntityFrameworkSagaRepositoryContextFactory<TContext, TSaga>>();
        });
        return configurator;
    }
}
