using Npgsql;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>Reads the service's tables behind its back (as a superuser, so across tenants), to assert on what was committed.</summary>
public sealed class TrackingRows(string adminConnectionString)
{
    public async Task<long> CountAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task<string?> StageAsync(Guid courseId)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select stage from tracked_courses where id = @id", connection);
        command.Parameters.AddWithValue("id", courseId);
        return (string?)await command.ExecuteScalarAsync();
    }

    /// <summary>Every text column of every row of <paramref name="tables"/>, as one string to search for canaries.</summary>
    public async Task<string> DumpAsync(params string[] tables)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select t::text from {table} t", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.AppendLine(reader.GetString(0));
            }
        }

        return dump.ToString();
    }
}
