using CtiPlatform.Persistence.Schema;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace CtiPlatform.Notifications.Tests;

/// <summary>A service's <c>migrate</c> step (decisions 017 and 213), composed exactly as its Program.cs does before it maps anything.</summary>
public static class MigrateStep
{
    /// <summary>Runs the step with <paramref name="configuration"/> on top of the test tokens; returns its exit code.</summary>
    public static async Task<int> RunAsync(IEnumerable<KeyValuePair<string, string?>> configuration, Action<WebApplicationBuilder> add)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection([.. TestTokens.Configuration, .. configuration]);
        builder.AddServiceDefaults();
        add(builder);
        var app = builder.Build();
        if (!await MigrateCommand.TryRunAsync(app, ["migrate"]))
        {
            throw new InvalidOperationException("The migrate argument was not taken as the migrate step");
        }

        // The step reports through the process's exit code; the test process must not keep a failure's.
        var exitCode = Environment.ExitCode;
        Environment.ExitCode = 0;
        return exitCode;
    }
}
