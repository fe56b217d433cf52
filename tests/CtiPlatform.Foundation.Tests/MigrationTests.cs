using CtiPlatform.SampleService.Persistence;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CtiPlatform.Foundation.Tests;

public sealed class MigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Two_replicas_starting_together_apply_each_migration_exactly_once()
    {
        var starters = Enumerable.Range(0, 2).Select(_ => Task.Run(() => MigrationRunner.ApplyAsync(
            database.OwnerConnectionString, PostgresDatabase.AppRole, [typeof(MigrationRunner).Assembly, typeof(SamplesDbContext).Assembly],
            NullLogger.Instance, CancellationToken.None)));

        var applied = (await Task.WhenAll(starters)).SelectMany(ids => ids).ToList();

        Assert.Equal(["persistence-migrations/0000_tenant_isolation.sql", "persistence-migrations/0001_access_log.sql",
            "persistence-migrations/0002_no_default_privileges.sql", "migrations/0001_notes.sql"], applied);
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from schema_migrations", connection);
        Assert.Equal(4L, await command.ExecuteScalarAsync());
    }
}
