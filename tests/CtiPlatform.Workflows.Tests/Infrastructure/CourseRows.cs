using Npgsql;

namespace CtiPlatform.Workflows.Tests.Infrastructure;

/// <summary>Reads the lifecycle's tables behind the service's back (as a superuser, so across tenants), to assert on what was committed.</summary>
public sealed class CourseRows(string adminConnectionString)
{
    public async Task<(string State, DateTimeOffset? NextDueAt, Guid? TimerTokenId)?> StateAsync(Guid courseId)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_state, next_due_at, timer_token_id from course_lifecycle_states where correlation_id = @id", connection);
        command.Parameters.AddWithValue("id", courseId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetGuid(2));
    }

    public Task<long> CountAsync(string sql, Guid? courseId = null) => ScalarAsync(sql, courseId);

    /// <summary>Outbox rows due now or earlier: zero means every event and due timer has reached the broker.</summary>
    public Task<long> DueOutboxRowsAsync(DateTimeOffset now) =>
        ScalarAsync($"select count(*) from outbox_messages where deliver_at <= '{now:O}'", null);

    public Task<long> TimerRowsAsync(Guid tokenId) => ScalarAsync($"select count(*) from outbox_messages where scheduling_token_id = '{tokenId}'", null);

    private async Task<long> ScalarAsync(string sql, Guid? courseId)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (courseId is { } id)
        {
            command.Parameters.AddWithValue("id", id);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
