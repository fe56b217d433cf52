using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>
/// Runs wrk (Debian package) and reads its summary. wrk is a separate C process driving all three targets
/// alike, so the load generator's own cost does not favour any of them.
/// </summary>
internal static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, string token, int connections, int seconds, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "5s", "--latency", "-H", $"Authorization: Bearer {token}", url,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;

        // wrk stops by itself after the duration; past the run's deadline it is killed, so its output ends and the run stops.
        await using (cancellationToken.Register(() => process.Kill()))
        {
            var output = await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = await process.StandardError.ReadToEndAsync(CancellationToken.None);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return Parse(output, errors, process.ExitCode);
        }
    }

    private static WrkResult Parse(string output, string errors, int exitCode)
    {
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed: {errors}");
        }

        var socketErrors = SocketErrors().Match(output);
        var non2xx = Non2xx().Match(output);
        return new WrkResult(
            long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Latency(output, "50%"),
            Latency(output, "99%"),
            (non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
                + (socketErrors.Success ? socketErrors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0));
    }

    private static TimeSpan Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(value),
            "ms" => TimeSpan.FromMilliseconds(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
