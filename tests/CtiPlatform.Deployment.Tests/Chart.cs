using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>Renders the chart with the real helm binary, once per values file.</summary>
public static class Chart
{
    public const string DefaultValues = "values.yaml";

    private static readonly ConcurrentDictionary<string, Lazy<Rendering>> Renderings = new();

    /// <summary>The chart's own defaults plus every example under ci/ (so a new example is tested without edits here).</summary>
    public static IEnumerable<string> ValuesFiles() =>
        new[] { DefaultValues }.Concat(
            Directory.GetFiles(Path.Combine(Tooling.ChartDirectory, "ci"), "*-values.yaml")
                .Select(path => Path.GetRelativePath(Tooling.ChartDirectory, path))
                .Order(StringComparer.Ordinal));

    public static TheoryData<string> ValuesFileData()
    {
        var data = new TheoryData<string>();
        foreach (var file in ValuesFiles())
        {
            data.Add(file);
        }

        return data;
    }

    public static Rendering Render(string valuesFile) =>
        Renderings.GetOrAdd(valuesFile, file => new Lazy<Rendering>(() => RenderNow(file))).Value;

    public static ProcessResult Template(string valuesFile, params string[] extraArguments)
    {
        var arguments = new List<string> { "template", "cti", Tooling.ChartDirectory, "--kube-version", "1.31.0", "--namespace", "cti" };
        if (valuesFile != DefaultValues)
        {
            arguments.AddRange(["-f", Path.Combine(Tooling.ChartDirectory, valuesFile)]);
        }

        arguments.AddRange(extraArguments);
        return Tooling.Run(Tooling.Helm, arguments);
    }

    private static Rendering RenderNow(string valuesFile)
    {
        var result = Template(valuesFile);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"helm template failed for {valuesFile}: {result}");
        }

        return new Rendering(valuesFile, result.StandardOutput, Yaml.ParseDocuments(result.StandardOutput));
    }
}

public sealed record Rendering(string ValuesFile, string Manifest, IReadOnlyList<JsonObject> Objects)
{
    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => (string?)o["kind"] == kind);

    public static string NameOf(JsonObject o) => (string?)o["metadata"]?["name"] ?? "<unnamed>";

    /// <summary>The services: key a resource belongs to, from its app.kubernetes.io/name label.</summary>
    public static string? ServiceOf(JsonObject o) => (string?)o["metadata"]?["labels"]?["app.kubernetes.io/name"];

    public IReadOnlyList<string> Services =>
        OfKind("Deployment").Select(ServiceOf).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
