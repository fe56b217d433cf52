using CtiPlatform.SampleService;
using CtiPlatform.Testing;
using Npgsql;

namespace CtiPlatform.Foundation.Tests;

/// <summary>
/// The roles docker compose creates (the init script's real output, through the one SQL file tests and operators
/// use) hold what the migrations grant and nothing more: the running service cannot cover its tracks.
/// </summary>
public sealed class DatabaseRolesTests(ComposeProvisionedDatabase database) : IClassFixture<ComposeProvisionedDatabase>
{
    [Theory]
    [InlineData("delete from access_log")]
    [InlineData("update access_log set purpose = 'rewritten'")]
    [InlineData("truncate access_log")]
    [InlineData("insert into schema_migrations (id) values ('migrations/9999_forged.sql')")]
    [InlineData("delete from schema_migrations")]
    [InlineData("update schema_migrations set applied_at = now()")]
    [InlineData("alter table notes disable row level security")]
    [InlineData("alter table access_log no force row level security")]
    [InlineData("drop policy tenant_isolation on notes")]
    [InlineData("create table shadow (id int)")]
    public async Task The_app_role_of_the_compose_init_script_is_refused(string statement)
    {
        await using var app = new NpgsqlConnection(database.AppConnectionString);
        await app.OpenAsync();
        await using var transaction = await app.BeginTransactionAsync();
        await using (var tenant = new NpgsqlCommand($"select set_config('app.tenant_id', '{TestTokens.TenantA}', true)", app, transaction))
        {
            await tenant.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(statement, app, transaction);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task The_app_role_of_the_compose_init_script_appends_to_the_access_log_and_reads_the_schema_version()
    {
        await using var app = new NpgsqlConnection(database.AppConnectionString);
        await app.OpenAsync();
        await using var transaction = await app.BeginTransactionAsync();
        await using var append = new NpgsqlCommand($"""
            select set_config('app.tenant_id', '{TestTokens.TenantA}', true);
            insert into access_log (id, tenant_id, occurred_at, actor_id, actor_roles, subject_type, subject_id, action, purpose)
            values (gen_random_uuid(), '{TestTokens.TenantA}', now(), 'worker', 'worker', 'note', 'n1', 'Read', 'test');
            """, app, transaction);
        await append.ExecuteNonQueryAsync();
        await using var version = new NpgsqlCommand("select count(*) from schema_migrations", app, transaction);

        Assert.True((long)(await version.ExecuteScalarAsync())! >= 3);
    }

    [Fact]
    public async Task A_service_given_only_the_compose_app_role_starts_on_the_migrated_database()
    {
        await using var service = await ServiceHost.StartAsync(
            [new("ConnectionStrings:samples-db", database.AppConnectionString)],
            builder => builder.AddSamples(), app => app.MapSamplesApi());

        using var http = new HttpClient { BaseAddress = service.Address };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }
}
