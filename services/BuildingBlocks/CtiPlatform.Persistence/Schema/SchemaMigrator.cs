using System.Reflection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Persistence.Schema;

/// <summary>The SQL scripts of a service's PostgreSQL database: the persistence block's, other building blocks', then the service's.</summary>
internal sealed class SchemaMigrator<TContext>(
    DatabaseConnectionStrings<TContext> connectionStrings,
    IEnumerable<MigrationAssembly> buildingBlocks,
    ILogger<SchemaMigrator<TContext>> logger) : ISchemaMigrator
    where TContext : ServiceDbContext
{
    private readonly Assembly[] assemblies =
        [.. new[] { typeof(ServiceDbContext).Assembly }.Concat(buildingBlocks.Select(b => b.Assembly)).Append(typeof(TContext).Assembly).Distinct()];

    public string Name => connectionStrings.Name;

    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken) =>
        MigrationRunner.ApplyAsync(
            connectionStrings.Migrations ?? throw new InvalidOperationException(
                $"Migrating needs the owner's connection string ConnectionStrings__{Name}-migrations."),
            connectionStrings.AppRole, assemblies, logger, cancellationToken);

    public Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken) =>
        MigrationRunner.PendingAsync(connectionStrings.App, assemblies, cancellationToken);
}
