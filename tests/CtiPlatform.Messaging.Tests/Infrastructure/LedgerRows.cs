using Npgsql;

namespace CtiPlatform.Messaging.Tests.Infrastructure;

/// <summary>Reads the sample service's tables behind its back, as the superuser.</summary>
public static class LedgerRows
{
    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static Task<long> SideEffectsAsync(string connectionString, string kind) =>
        CountAsync(connectionString, $"select count(*) from side_effects where kind = '{kind}'");

    public static Task<long> OutboxAsync(string connectionString) => CountAsync(connectionString, "select count(*) from outbox_messages");

    /// <summary>The side effects of one kind, in the order the consumer committed them.</summary>
    public static async Task<List<(string Subject, int Sequence)>> SideEffectListAsync(string connectionString, string kind)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select subject, sequence from side_effects where kind = @kind order by id", connection);
        command.Parameters.AddWithValue("kind", kind);
        var rows = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return rows;
    }

    public static async Task<List<long>> CommittedChangesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id from changes order by id", connection);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
