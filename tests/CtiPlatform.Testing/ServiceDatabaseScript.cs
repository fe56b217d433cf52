using System.Diagnostics;
using Npgsql;

namespace CtiPlatform.Testing;

/// <summary>
/// Runs the shipped role set-up, <c>charts/cti-platform/files/service-database.sql</c> (and the compose script that
/// wraps it), with the real <c>psql</c> against the test server, so tests use the roles operators and compose create.
/// </summary>
public static class ServiceDatabaseScript
{
    /// <summary>The repository's copy of the SQL file.</summary>
    public static string SqlFile { get; } = InRepository(Path.Combine("charts", "cti-platform", "files", "service-database.sql"));

    /// <summary>docker compose's PostgreSQL init script.</summary>
    public static string ComposeInitScript { get; } = InRepository(Path.Combine("charts", "compose", "postgres-init.sh"));

    /// <summary>Creates database <paramref name="database"/> with its owner and app roles through the SQL file.</summary>
    public static Task ProvisionAsync(string database, string owner, string app, string ownerPassword, string appPassword) =>
        RunAsync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-v", $"db={database}", "-v", $"owner={owner}", "-v", $"app={app}",
            "-v", $"owner_password={ownerPassword}", "-v", $"app_password={appPassword}", "-f", SqlFile], new Dictionary<string, string>());

    /// <summary>
    /// Runs <paramref name="program"/> with libpq's variables pointing at the test server as its superuser (and
    /// <c>POSTGRES_USER</c>, as the postgres image sets it for init scripts); fails with its output unless it exits 0.
    /// </summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var admin = new NpgsqlConnectionStringBuilder(TestInfrastructure.PostgresAdmin);
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = admin.Host;
        start.Environment["PGPORT"] = admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = admin.Username;
        start.Environment["PGPASSWORD"] = admin.Password;
        start.Environment["PGDATABASE"] = admin.Database ?? "postgres";
        start.Environment["POSTGRES_USER"] = admin.Username;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await output}{await error}");
        }

        return await output;
    }

    private static string InRepository(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No {relativePath} above {AppContext.BaseDirectory}.");
    }
}
