using CtiPlatform.SampleService.Persistence;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CtiPlatform.Foundation.Tests;

/// <summary>Tenant isolation enforced by PostgreSQL itself, for the day the application forgets its filter.</summary>
public sealed class RowLevelSecurityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await MigrationRunner.ApplyAsync(
            database.OwnerConnectionString, PostgresDatabase.AppRole, [typeof(MigrationRunner).Assembly, typeof(SamplesDbContext).Assembly],
            NullLogger.Instance, CancellationToken.None);
        await using var admin = await OpenAsync(database.AdminConnectionString);
        await ExecuteAsync(admin, null, "delete from notes");
        await ExecuteAsync(admin, null, $"""
            insert into notes (id, tenant_id, author_id, text) values
              (gen_random_uuid(), '{TestTokens.TenantA}', 'sql', 'a1'), (gen_random_uuid(), '{TestTokens.TenantA}', 'sql', 'a2'),
              (gen_random_uuid(), '{TestTokens.TenantB}', 'sql', 'b1')
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Raw_sql_as_tenant_A_never_returns_tenant_B_rows()
    {
        await using var app = await OpenAsync(database.AppConnectionString);
        await using var transaction = await app.BeginTransactionAsync();
        await SetTenantAsync(app, transaction, TestTokens.TenantA);

        var tenants = await TenantsOfAllNotesAsync(app, transaction);

        Assert.Equal([TestTokens.TenantA, TestTokens.TenantA], tenants);
    }

    [Fact]
    public async Task With_no_tenant_set_tenant_tables_return_nothing()
    {
        await using var app = await OpenAsync(database.AppConnectionString);

        Assert.Empty(await TenantsOfAllNotesAsync(app, null));
        await using var transaction = await app.BeginTransactionAsync();
        Assert.Empty(await TenantsOfAllNotesAsync(app, transaction));
    }

    [Fact]
    public async Task The_tenant_setting_does_not_outlive_its_transaction()
    {
        await using var app = await OpenAsync(database.AppConnectionString);
        await using (var transaction = await app.BeginTransactionAsync())
        {
            await SetTenantAsync(app, transaction, TestTokens.TenantA);
            Assert.NotEmpty(await TenantsOfAllNotesAsync(app, transaction));
            await transaction.CommitAsync();
        }

        Assert.Empty(await TenantsOfAllNotesAsync(app, null));
    }

    [Fact]
    public async Task Writing_a_row_for_another_tenant_is_refused_by_the_database()
    {
        await using var app = await OpenAsync(database.AppConnectionString);
        await using var transaction = await app.BeginTransactionAsync();
        await SetTenantAsync(app, transaction, TestTokens.TenantA);

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(app, transaction,
            $"insert into notes (id, tenant_id, author_id, text) values (gen_random_uuid(), '{TestTokens.TenantB}', 'someone', 'smuggled')"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task The_access_log_is_append_only_for_the_app_role()
    {
        await using var app = await OpenAsync(database.AppConnectionString);
        await using var transaction = await app.BeginTransactionAsync();
        await SetTenantAsync(app, transaction, TestTokens.TenantA);

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(app, transaction, "delete from access_log"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Every_table_with_a_tenant_id_has_enabled_and_forced_row_level_security()
    {
        await using var owner = await OpenAsync(database.OwnerConnectionString);

        Assert.Empty(await RowLevelSecurityCatalog.UnprotectedTenantTablesAsync(owner));
    }

    [Theory]
    [InlineData("leaky", "create table leaky (tenant_id text); alter table leaky enable row level security")]
    [InlineData("read_only_policy", """
        create table read_only_policy (tenant_id text);
        alter table read_only_policy enable row level security;
        alter table read_only_policy force row level security;
        create policy tenant_isolation on read_only_policy using (tenant_id = current_setting('app.tenant_id', true))
        """)]
    public async Task The_catalog_check_finds_a_tenant_table_without_forced_row_level_security_or_a_check_on_writes(string table, string sql)
    {
        await using var owner = await OpenAsync(database.OwnerConnectionString);
        await using var transaction = await owner.BeginTransactionAsync();
        await ExecuteAsync(owner, transaction, sql);

        var unprotected = await RowLevelSecurityCatalog.UnprotectedTenantTablesAsync(owner, transaction);

        Assert.Equal([table], unprotected);
    }

    [Fact]
    public async Task The_tenant_isolation_function_enables_and_forces_row_level_security_and_checks_reads_and_writes()
    {
        await using var owner = await OpenAsync(database.OwnerConnectionString);
        await using var transaction = await owner.BeginTransactionAsync();
        await ExecuteAsync(owner, transaction, "create table isolated (tenant_id text); select enable_tenant_isolation('isolated')");

        Assert.Empty(await RowLevelSecurityCatalog.UnprotectedTenantTablesAsync(owner, transaction));
        await using var command = new NpgsqlCommand("""
            select c.relrowsecurity, c.relforcerowsecurity, pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)
            from pg_class c join pg_policy p on p.polrelid = c.oid and p.polname = 'tenant_isolation'
            where c.relname = 'isolated'
            """, owner, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(
            (true, true, RowLevelSecurityCatalog.TenantCondition, RowLevelSecurityCatalog.TenantCondition),
            (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
    }

    [Fact]
    public async Task The_app_role_may_not_call_the_tenant_isolation_function()
    {
        await using var app = await OpenAsync(database.AppConnectionString);
        await using var command = new NpgsqlCommand("select has_function_privilege('enable_tenant_isolation(regclass)', 'execute')", app);

        Assert.Equal(false, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_app_role_is_neither_superuser_nor_owner_of_any_table()
    {
        await using var app = await OpenAsync(database.AppConnectionString);
        await using var command = new NpgsqlCommand("""
            select r.rolsuper, r.rolbypassrls,
                   (select count(*) from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user),
                   (select count(*) from pg_tables t where t.schemaname = 'public')
            from pg_roles r where r.rolname = current_user
            """, app);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.False(reader.GetBoolean(0), "superuser");
        Assert.False(reader.GetBoolean(1), "bypasses row-level security");
        Assert.Equal(0, reader.GetInt64(2));
        Assert.True(reader.GetInt64(3) >= 3, "the migrated tables exist");
    }

    private static async Task<List<string>> TenantsOfAllNotesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        await using var command = new NpgsqlCommand("select tenant_id from notes order by tenant_id", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var tenants = new List<string>();
        while (await reader.ReadAsync())
        {
            tenants.Add(reader.GetString(0));
        }

        return tenants;
    }

    private static Task SetTenantAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string tenant) =>
        ExecuteAsync(connection, transaction, $"select set_config('app.tenant_id', '{tenant}', true)");

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
