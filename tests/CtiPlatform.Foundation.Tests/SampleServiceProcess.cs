using System.Diagnostics;

namespace CtiPlatform.Foundation.Tests;

/// <summary>The sample service's own binary, as the Helm hook Job, compose's one-shot container and healthcheck start it.</summary>
public static class SampleServiceProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] arguments, IEnumerable<KeyValuePair<string, string?>> configuration)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CtiPlatform.SampleService.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The sample service did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
