using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// Makes sure the service's database is fit to serve before the host takes traffic. On PostgreSQL: given the
/// owner's connection string (tests, local runs) it applies the SQL scripts; without it (every deployment, where a
/// separate migrate step holds the owner) it refuses to start while scripts are pending. Either way it then refuses
/// to start when the app role may do more than it needs (<see cref="AppRolePrivileges"/>). On SQLite (standalone
/// host) it creates the schema from the EF model.
/// </summary>
internal sealed class DatabaseInitializer<TContext>(
    IServiceScopeFactory scopes,
    IOptions<PersistenceOptions> options,
    IServiceProvider services,
    ILogger<DatabaseInitializer<TContext>> logger) : IHostedService
    where TContext : ServiceDbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TContext>().Database.EnsureCreatedAsync(cancellationToken);
            return;
        }

        // Resolved only here: the SQLite host has no PostgreSQL connection strings at all.
        var connectionStrings = services.GetRequiredService<DatabaseConnectionStrings<TContext>>();
        var schema = services.GetRequiredService<SchemaMigrator<TContext>>();
        if (connectionStrings.Migrations is not null)
        {
            await schema.MigrateAsync(cancellationToken);
        }
        else if (await schema.PendingAsync(cancellationToken) is [var first, ..] pending)
        {
            logger.LogCritical(
                "Refusing to start: database {Database} lacks {Count} migrations of this build, first {Migration}; run the service with the argument 'migrate' and the owner's connection string first",
                connectionStrings.Name, pending.Count, first);
            throw new InvalidOperationException($"Database {connectionStrings.Name} is not migrated ({pending.Count} migrations pending, first {first}).");
        }

        var excess = await AppRolePrivileges.ExcessAsync(connectionStrings.App, cancellationToken);
        if (excess.Count > 0)
        {
            logger.LogCritical(
                "Refusing to start: role {Role} of database {Database} may do more than the service needs: {Excess}. Provision it with charts/cti-platform/files/service-database.sql",
                connectionStrings.AppRole, connectionStrings.Name, string.Join("; ", excess));
            throw new InvalidOperationException($"Role {connectionStrings.AppRole} of database {connectionStrings.Name} is over-privileged: {string.Join("; ", excess)}.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
