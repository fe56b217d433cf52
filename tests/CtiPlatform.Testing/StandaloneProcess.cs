using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CtiPlatform.Testing;

/// <summary>
/// The standalone host as a newcomer runs it (for the standalone and the web tests): its own process, its own data folder, a free loopback port.
/// Start-up is awaited on the banner the host prints once it listens, and on nothing else.
/// </summary>
public sealed partial class StandaloneProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataDirectory;
    private readonly ConcurrentQueue<string> output;
    private readonly Dictionary<string, string> tokens = [];
    private Uri? address;

    private StandaloneProcess(Process process, string dataDirectory, ConcurrentQueue<string> output)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.output = output;
    }

    /// <summary>Where the host listens, as its banner says.</summary>
    public Uri Address => address ?? throw new InvalidOperationException("The host has not printed its banner.");

    /// <summary>The host's data folder: its SQLite files and keys.</summary>
    public string DataDirectory => dataDirectory;

    /// <summary>The demo bearer tokens the host printed, by role.</summary>
    public IReadOnlyDictionary<string, string> Tokens => tokens;

    /// <summary>
    /// Starts the host and returns once it listens; <paramref name="settings"/> are command-line settings after the
    /// test's own (<c>--Key value</c> pairs), so they win.
    /// </summary>
    public static async Task<StandaloneProcess> StartAsync(TimeSpan timeout, params string[] settings)
    {
        var (process, dataDirectory, output) = Launch(settings);
        var started = new StandaloneProcess(process, dataDirectory, output);
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                output.Enqueue(line);
                if (Banner().Match(line) is { Success: true } banner)
                {
                    started.address = new Uri(banner.Groups[1].Value);
                }
                else if (started.address is not null && TokenLine().Match(line) is { Success: true } token)
                {
                    started.tokens[token.Groups[1].Value] = token.Groups[2].Value;
                }
                else if (started.address is not null && line.Length == 0)
                {
                    return started;
                }
            }

            throw new InvalidOperationException("No banner was printed:\n" + string.Join('\n', output));
        }
        catch
        {
            // A host that never came up must not outlive the test, nor leave its data folder behind.
            await started.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the host until it stops by itself (it refuses to start), and returns its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(TimeSpan timeout, params string[] settings)
    {
        var (process, dataDirectory, output) = Launch(settings);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                output.Enqueue(line);
            }

            await process.WaitForExitAsync(cancel.Token);
            return (process.ExitCode, string.Join('\n', output));
        }
        finally
        {
            // A host that did not refuse keeps running; the test fails on the timeout, and the host must not outlive it.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static (Process Process, string DataDirectory, ConcurrentQueue<string> Output) Launch(string[] settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cti-standalone-").FullName;
        // The host's output folder mirrors the test project's (…/<project>/bin/<configuration>/<framework>) under
        // standalone/; the test project (or benchmark, one folder deeper) references the host so that it is built.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        var root = testOutput;
        while (!File.Exists(Path.Combine(root.FullName, "CtiPlatform.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("No CtiPlatform.sln above " + testOutput.FullName);
        }

        var repository = root.FullName;
        var hostDirectory = Path.Combine(repository, "standalone", "CtiPlatform.Standalone", "bin", configuration, framework);
        var host = Path.Combine(hostDirectory, "CtiPlatform.Standalone.dll");
        var start = new ProcessStartInfo("dotnet", [host, "--Urls", "http://127.0.0.1:0", "--PersistenceOptions:DataDirectory", dataDirectory, .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = hostDirectory,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The standalone host did not start.");
        var output = new ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginErrorReadLine();
        return (process, dataDirectory, output);
    }

    /// <summary>Everything the host has written so far, standard output and error.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>An HTTP client carrying the printed demo token for <paramref name="role"/>.</summary>
    public HttpClient Client(string role)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens[role]);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [GeneratedRegex(@"kører på (http://\S+) ")]
    private static partial Regex Banner();

    [GeneratedRegex(@"^\s+([a-z-]+)\s+(eyJ\S+)$")]
    private static partial Regex TokenLine();
}
