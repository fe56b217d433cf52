using CtiPlatform.Persistence.Schema;
using CtiPlatform.SampleService;
using CtiPlatform.SampleService.Persistence;
using CtiPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CtiPlatform.Foundation.Tests;

/// <summary>
/// What a service checks before it takes traffic when it holds only the app role, as every deployed pod does:
/// that the separate migrate step has run, and that the role may do no more than the migrations grant.
/// </summary>
public sealed class StartupChecksTests
{
    [Theory]
    [InlineData("grant delete on access_log to cti_app", "may delete access_log")]
    [InlineData("grant update (purpose) on access_log to cti_app", "may update access_log")]
    [InlineData("grant truncate on access_log to cti_app", "may truncate access_log")]
    [InlineData("grant insert on schema_migrations to cti_app", "may insert schema_migrations")]
    [InlineData("alter table notes owner to cti_app", "owns, or may act as the owner of, public.notes")]
    [InlineData("grant create on schema public to cti_app", "may create objects in schema public")]
    public async Task A_service_refuses_to_start_with_a_mis_provisioned_app_role(string misProvisioning, string refusal)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            await MigrateAsync(database);
            await AsAdminAsync(database, misProvisioning);
            var logs = new LogCapture();

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartWithAppRoleOnlyAsync(database, logs));

            Assert.Contains(refusal, error.Message);
            Assert.Contains(logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("Refusing to start", StringComparison.Ordinal)
                && l.Contains(refusal, StringComparison.Ordinal));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_service_without_the_owner_connection_refuses_to_start_on_a_database_that_is_not_migrated()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            var logs = new LogCapture();

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartWithAppRoleOnlyAsync(database, logs));

            Assert.Contains("not migrated", error.Message);
            Assert.Contains(logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal)
                && l.Contains("persistence-migrations/0000_tenant_isolation.sql", StringComparison.Ordinal) && l.Contains("'migrate'", StringComparison.Ordinal));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_migrate_command_migrates_and_exits_so_the_service_starts_with_the_app_role_only()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            var migrate = await SampleServiceProcess.RunAsync(["migrate"], database.ConnectionStrings("samples-db"));
            Assert.True(migrate.ExitCode == 0, migrate.Output);

            await using var service = await StartWithAppRoleOnlyAsync(database, new LogCapture());
            using var http = new HttpClient { BaseAddress = service.Address };
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_migrate_command_fails_without_the_owner_connection()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            var migrate = await SampleServiceProcess.RunAsync(["migrate"], [new("ConnectionStrings:samples-db", database.AppConnectionString)]);

            Assert.Equal(1, migrate.ExitCode);
            Assert.Contains("ConnectionStrings__samples-db-migrations", migrate.Output);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static Task<ServiceHost> StartWithAppRoleOnlyAsync(PostgresDatabase database, LogCapture logs) =>
        ServiceHost.StartAsync(
            [new("ConnectionStrings:samples-db", database.AppConnectionString)],
            builder => builder.AddSamples(), app => app.MapSamplesApi(),
            services => services.AddLogging(logging => logging.AddProvider(logs)));

    private static Task MigrateAsync(PostgresDatabase database) =>
        MigrationRunner.ApplyAsync(database.OwnerConnectionString, PostgresDatabase.AppRole,
            [typeof(MigrationRunner).Assembly, typeof(SamplesDbContext).Assembly], NullLogger.Instance, CancellationToken.None);

    private static async Task AsAdminAsync(PostgresDatabase database, string sql)
    {
        await using var admin = new NpgsqlConnection(database.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
