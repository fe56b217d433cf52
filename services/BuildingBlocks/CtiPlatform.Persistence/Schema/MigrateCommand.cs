using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// The migration step of a deployment (docs/decisions/017-migrations-as-a-separate-step.md): a host started with the
/// single argument <c>migrate</c> applies the SQL scripts of every database it has, as the owner
/// (<c>ConnectionStrings__{name}-migrations</c>), and exits 0, or 1 when one fails; it never serves requests.
/// The Helm hook Job and compose's one-shot <c>&lt;service&gt;-migrate</c> run it; the running service then holds
/// only the app role.
/// </summary>
public static class MigrateCommand
{
    /// <summary>Migrates and disposes <paramref name="app"/> when asked to; returns false (and does nothing) otherwise.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args is not ["migrate"])
        {
            return false;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        try
        {
            foreach (var schema in app.Services.GetServices<ISchemaMigrator>())
            {
                var applied = await schema.MigrateAsync(CancellationToken.None);
                logger.LogInformation("Database {Database} is current; this run applied {Count} migrations", schema.Name, applied.Count);
            }

            foreach (var step in app.Services.GetServices<IDeploymentStep>())
            {
                await step.RunAsync(CancellationToken.None);
                logger.LogInformation("Deployed the {Step}", step.Name);
            }

            Environment.ExitCode = 0;
        }
        catch (Exception e) when (e is InvalidOperationException or Npgsql.NpgsqlException)
        {
            logger.LogCritical(e, "Migrating failed; the service's pods must not start on this schema");
            Environment.ExitCode = 1;
        }

        // Disposing flushes the console log before the process ends.
        await app.DisposeAsync();
        return true;
    }
}
