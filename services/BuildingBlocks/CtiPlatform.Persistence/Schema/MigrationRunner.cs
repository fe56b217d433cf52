using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// Applies numbered SQL scripts embedded in assemblies (logical names <c>{block}-migrations/NNNN_x.sql</c>
/// for a building block, <c>migrations/NNNN_x.sql</c> for a service), each once, assembly by assembly in the
/// order given and by name within one, each in its own transaction. A session-level advisory lock serialises replicas that start together. <c>${app_role}</c>
/// in a script is replaced by the quoted name of the role the service runs as, so scripts grant it exactly
/// what it may do.
/// </summary>
public static class MigrationRunner
{
    // Advisory locks are scoped to the current database, so one fixed key serialises starters of this service only.
    private const long LockKey = 0x4354_4950_4c41_5446;

    public static async Task<IReadOnlyList<string>> ApplyAsync(
        string ownerConnectionString, string appRole, IEnumerable<Assembly> assemblies, ILogger logger, CancellationToken cancellationToken)
    {
        var scripts = assemblies.SelectMany(Scripts).ToList();
        var applied = new List<string>();
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"select pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            // The app role reads which scripts ran (a service started without the owner's connection checks the
            // schema is current) and may never write them, whatever earlier set-ups granted.
            await ExecuteAsync(connection, null,
                $"""
                create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now());
                revoke all on schema_migrations from {QuoteIdentifier(appRole)};
                grant select on schema_migrations to {QuoteIdentifier(appRole)};
                """,
                cancellationToken);
            var done = await AppliedAsync(connection, cancellationToken);
            foreach (var (id, sql) in scripts.Where(s => !done.Contains(s.Id)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, sql.Replace("${app_role}", QuoteIdentifier(appRole), StringComparison.Ordinal), cancellationToken);
                await using (var record = new NpgsqlCommand("insert into schema_migrations (id) values (@id)", connection, transaction))
                {
                    record.Parameters.AddWithValue("id", id);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {MigrationId}", id);
                applied.Add(id);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, $"select pg_advisory_unlock({LockKey})", CancellationToken.None);
        }

        return applied;
    }

    /// <summary>
    /// The scripts of <paramref name="assemblies"/> that the database has not applied, in the order they would run;
    /// read with any role that may select from <c>schema_migrations</c> (all of them when it does not exist yet).
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(
        string connectionString, IEnumerable<Assembly> assemblies, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select to_regclass('schema_migrations') is not null", connection);
        HashSet<string> done = (bool)(await exists.ExecuteScalarAsync(cancellationToken))!
            ? await AppliedAsync(connection, cancellationToken)
            : [];
        return assemblies.SelectMany(Scripts).Select(s => s.Id).Where(id => !done.Contains(id)).ToList();
    }

    private static IEnumerable<(string Id, string Sql)> Scripts(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Split('/')[0].EndsWith("migrations", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n, reader.ReadToEnd());
            });

    private static async Task<HashSet<string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("select id from schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
