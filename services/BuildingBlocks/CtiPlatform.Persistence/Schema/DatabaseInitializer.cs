using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// Brings the service's database schema up to date before the host takes traffic: SQL scripts on
/// PostgreSQL (as the owner role), the EF model on SQLite (standalone host).
/// </summary>
internal sealed class DatabaseInitializer<TContext>(
    IServiceScopeFactory scopes,
    IOptions<PersistenceOptions> options,
    IServiceProvider services,
    IEnumerable<MigrationAssembly> buildingBlocks,
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
        var appRole = new NpgsqlConnectionStringBuilder(connectionStrings.App).Username
            ?? throw new InvalidOperationException("The service's connection string names no user.");
        Assembly[] assemblies = [typeof(ServiceDbContext).Assembly, .. buildingBlocks.Select(b => b.Assembly), typeof(TContext).Assembly];
        await MigrationRunner.ApplyAsync(connectionStrings.Migrations, appRole, assemblies.Distinct(), logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
