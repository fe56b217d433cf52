using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CtiPlatform.Workflows.Tests;

public sealed class SchemaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Every_tenant_table_of_the_migrated_workflows_database_has_forced_row_level_security()
    {
        var applied = await MigrationRunner.ApplyAsync(
            database.OwnerConnectionString, PostgresDatabase.AppRole,
            [typeof(MigrationRunner).Assembly, typeof(IOutbox).Assembly, typeof(WorkflowsDbContext).Assembly], NullLogger.Instance, CancellationToken.None);
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();

        Assert.Contains("migrations/0001_course_lifecycle.sql", applied);
        Assert.Empty(await RowLevelSecurityCatalog.UnprotectedTenantTablesAsync(owner));
    }
}
