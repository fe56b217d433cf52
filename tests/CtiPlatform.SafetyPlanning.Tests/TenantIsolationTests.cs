using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.SafetyPlanning.Tests;

public sealed class TenantIsolationTests(SafetyFixture fixture) : IClassFixture<SafetyFixture>
{
    [Fact]
    public async Task Every_tenant_table_forces_row_level_security()
    {
        await using var owner = new NpgsqlConnection(fixture.Database.OwnerConnectionString);
        await owner.OpenAsync();

        Assert.Empty(await RowLevelSecurityCatalog.UnprotectedTenantTablesAsync(owner));
    }
}
