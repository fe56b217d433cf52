using CtiPlatform.Testing;

namespace CtiPlatform.Messaging.Tests.Infrastructure;

/// <summary>A <see cref="PostgresDatabase"/> for one test, for tests that need a producer's and a consumer's database.</summary>
public sealed class FreshDatabase : IAsyncDisposable
{
    private FreshDatabase(PostgresDatabase database) => Database = database;

    public PostgresDatabase Database { get; }

    public static async Task<FreshDatabase> CreateAsync()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        return new FreshDatabase(database);
    }

    public ValueTask DisposeAsync() => new(Database.DisposeAsync());
}
