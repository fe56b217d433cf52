using CtiPlatform.Persistence.Schema;
using CtiPlatform.SampleService.Persistence;
using CtiPlatform.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CtiPlatform.Foundation.Tests;

/// <summary>
/// A service database exactly as docker compose makes it: charts/compose/postgres-init.sh run with bash and psql
/// against the test server for one CTI_SERVICE_DATABASE_* variable, then the sample service's migrations applied
/// by its owner. Database and roles are dropped afterwards.
/// </summary>
public sealed class ComposeProvisionedDatabase : IAsyncLifetime
{
    private const string PasswordPrefix = "compose-test";

    public string Name { get; } = "cti_compose_" + Guid.NewGuid().ToString("N")[..12];

    public string AppRole => Name + "_app";

    public string OwnerRole => Name + "_owner";

    public string AppConnectionString => With(AppRole);

    public string OwnerConnectionString => With(OwnerRole);

    public async Task InitializeAsync()
    {
        await ServiceDatabaseScript.RunAsync("bash", [ServiceDatabaseScript.ComposeInitScript], new Dictionary<string, string>
        {
            ["CTI_SERVICE_DATABASE_UNDER_TEST"] = Name,
            ["CTI_SERVICE_DATABASE_SQL"] = ServiceDatabaseScript.SqlFile,
            ["CTI_DB_PASSWORD_PREFIX"] = PasswordPrefix,
        });
        await MigrationRunner.ApplyAsync(OwnerConnectionString, AppRole, [typeof(MigrationRunner).Assembly, typeof(SamplesDbContext).Assembly],
            NullLogger.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestInfrastructure.PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {Name} with (force); drop role if exists {AppRole}; drop role if exists {OwnerRole}", connection);
        await command.ExecuteNonQueryAsync();
    }

    private string With(string role) =>
        new NpgsqlConnectionStringBuilder(TestInfrastructure.PostgresAdmin)
        {
            Database = Name, Username = role, Password = $"{PasswordPrefix}-{role}", Pooling = false,
        }.ConnectionString;
}
