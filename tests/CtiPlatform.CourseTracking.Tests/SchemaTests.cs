using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CtiPlatform.CourseTracking.Tests;

public sealed class SchemaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Every_tenant_table_of_the_migrated_course_tracking_database_has_forced_row_level_security()
    {
        var applied = await MigrationRunner.ApplyAsync(
            database.OwnerConnectionString, PostgresDatabase.AppRole,
            [typeof(MigrationRunner).Assembly, typeof(IOutbox).Assembly, typeof(CourseTrackingDbContext).Assembly], NullLogger.Instance, CancellationToken.None);
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();

        Assert.Contains("migrations/0001_tracked_courses.sql", applied);
        Assert.Contains("migrations/0004_cti_plan_versions.sql", applied);
        Assert.Empty(await RowLevelSecurityCatalog.UnprotectedTenantTablesAsync(owner));
    }
}
