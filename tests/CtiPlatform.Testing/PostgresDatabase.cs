using Npgsql;
using Xunit;

namespace CtiPlatform.Testing;

/// <summary>
/// A fresh PostgreSQL database for one test class (use as a class fixture), owned by the
/// <c>cti_owner</c> role, with the non-owner <c>cti_app</c> role the services run as. Dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string OwnerRole = "cti_owner";
    public const string AppRole = "cti_app";

    // Test-only credentials for roles that exist only on the throwaway test server.
    private const string OwnerPassword = "cti_owner_test";
    private const string AppPassword = "cti_app_test";

    public string Name { get; } = "cti_test_" + Guid.NewGuid().ToString("N");

    /// <summary>The service's connection: the app role, bound by row-level security.</summary>
    public string AppConnectionString => With(AppRole, AppPassword);

    /// <summary>The owner's connection, used to apply migrations.</summary>
    public string OwnerConnectionString => With(OwnerRole, OwnerPassword);

    /// <summary>A superuser connection to this database, for arranging data behind the application's back.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder(TestInfrastructure.PostgresAdmin) { Database = Name, Pooling = false }.ConnectionString;

    /// <summary>The configuration keys a service reads for a database called <paramref name="resourceName"/>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ConnectionStrings(string resourceName) =>
    [
        new($"ConnectionStrings:{resourceName}", AppConnectionString),
        new($"ConnectionStrings:{resourceName}-migrations", OwnerConnectionString),
    ];

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(TestInfrastructure.PostgresAdmin);
        await connection.OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // Test projects run in parallel: the lock keeps two of them from creating the roles at once.
            await ExecuteAsync(connection, "select pg_advisory_xact_lock(4242)", transaction);
            await ExecuteAsync(connection, $"""
                do $$ begin
                  if not exists (select from pg_roles where rolname = '{OwnerRole}') then
                    create role {OwnerRole} login nosuperuser nocreatedb nocreaterole nobypassrls password '{OwnerPassword}';
                  end if;
                  if not exists (select from pg_roles where rolname = '{AppRole}') then
                    create role {AppRole} login nosuperuser nocreatedb nocreaterole nobypassrls password '{AppPassword}';
                  end if;
                end $$
                """, transaction);
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, $"create database {Name} owner {OwnerRole}");
        await ExecuteAsync(connection, $"revoke all on database {Name} from public; grant connect on database {Name} to {AppRole}");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestInfrastructure.PostgresAdmin);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"drop database if exists {Name} with (force)");
    }

    private string With(string user, string password) =>
        new NpgsqlConnectionStringBuilder(TestInfrastructure.PostgresAdmin) { Database = Name, Username = user, Password = password }.ConnectionString;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
