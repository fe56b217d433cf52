using Npgsql;
using Xunit;

namespace CtiPlatform.Testing;

/// <summary>
/// A fresh PostgreSQL database for one test class (use as a class fixture), owned by the
/// <c>cti_owner</c> role, with the non-owner <c>cti_app</c> role the services run as, both made by the same SQL file
/// compose and operators use. Dropped afterwards.
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

    /// <summary>Creates the database and, when missing, the two roles with the shipped set-up (<see cref="ServiceDatabaseScript"/>).</summary>
    public Task InitializeAsync() => ServiceDatabaseScript.ProvisionAsync(Name, OwnerRole, AppRole, OwnerPassword, AppPassword);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestInfrastructure.PostgresAdmin);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"drop database if exists {Name} with (force)");
    }

    private string With(string user, string password) =>
        new NpgsqlConnectionStringBuilder(TestInfrastructure.PostgresAdmin) { Database = Name, Username = user, Password = password }.ConnectionString;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
