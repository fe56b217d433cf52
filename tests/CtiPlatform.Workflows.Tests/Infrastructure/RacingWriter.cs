using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CtiPlatform.Workflows.Tests.Infrastructure;

/// <summary>
/// Plays the other writer in a race: right before the service's next saves of a course, another connection
/// commits a change to the same course (as a timer firing at that moment would), so the service's save finds
/// the version it read gone. Armed by the test for a number of saves; passive otherwise.
/// </summary>
public sealed class RacingWriter(string adminConnectionString) : DbCommandInterceptor
{
    private int racesLeft;

    public void Race(int saves) => Interlocked.Exchange(ref racesLeft, saves);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("UPDATE course_lifecycle_states", StringComparison.OrdinalIgnoreCase)
            && Interlocked.Decrement(ref racesLeft) >= 0)
        {
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var bump = new NpgsqlCommand("update course_lifecycle_states set version = version + 1", connection);
            await bump.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }
}
