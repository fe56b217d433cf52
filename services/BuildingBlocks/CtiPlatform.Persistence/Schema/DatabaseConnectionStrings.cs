using Npgsql;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// The connection strings of a service's database <see cref="Name"/>: <see cref="App"/> for the role the service runs
/// as (it owns nothing, so row-level security binds it) and <see cref="Migrations"/> for the owner that applies
/// scripts, which only the migration step holds (docs/decisions/017-migrations-as-a-separate-step.md).
/// </summary>
internal sealed record DatabaseConnectionStrings<TContext>(string Name, string App, string? Migrations)
{
    /// <summary>The role the service runs as, which scripts grant privileges to through <c>${app_role}</c>.</summary>
    public string AppRole => new NpgsqlConnectionStringBuilder(App).Username
        ?? throw new InvalidOperationException($"Connection string '{Name}' names no user.");
}
