using System.Diagnostics;
using System.Text;

namespace CtiPlatform.Deployment.Tests;

/// <summary>Locates the repository and the real tools the tests drive; fails loudly when one is missing.</summary>
public static class Tooling
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ChartDirectory => Path.Combine(RepoRoot, "charts", "cti-platform");

    /// <summary>This test project's folder, which holds the sample service's overlays.</summary>
    public static string DeploymentTestsDirectory => Path.Combine(RepoRoot, "tests", "CtiPlatform.Deployment.Tests");

    public static string Helm => RequireFile(Path.Combine(RepoRoot, ".tools", "helm", "helm"));

    public static string ValidateScript => Path.Combine(ChartDirectory, "ci", "validate.mjs");

    public static string DockerCompose => RequireOnPath("docker-compose");

    public static string Node => RequireOnPath("node");

    public static string ToolsNodeModules => RequireDirectory(Path.Combine(RepoRoot, ".tools", "node", "node_modules", "kubernetes-models"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CtiPlatform.sln")) || File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CtiPlatform.sln or global.json above {AppContext.BaseDirectory}.");
    }

    private const string InstallHint = "run tests/CtiPlatform.Deployment.Tests/install-tools.sh first";

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"Missing tool {path}: {InstallHint}.");

    private static string RequireDirectory(string path) =>
        Directory.Exists(path) ? path : throw new InvalidOperationException($"Missing {path}: {InstallHint}.");

    private static string RequireOnPath(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException($"'{name}' is not on PATH: {InstallHint}.");
    }

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string? stdin = null, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            WorkingDirectory = workingDirectory ?? RepoRoot,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
