using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>Renders the chart with the real helm binary, once per values case.</summary>
/// <remarks>
/// A values case is a values file of the chart, or one followed by " + " and the sample service's overlay
/// (<see cref="SampleOverlay"/>, relative to this test project), which adds one <c>services:</c> entry.
/// </remarks>
public static class Chart
{
    public const string DefaultValues = "values.yaml";

    public const string SampleOverlay = "sample-service/values.yaml";

    private const string Separator = " + ";

    private static readonly ConcurrentDictionary<string, Lazy<Rendering>> Renderings = new();

    /// <summary>The chart's own defaults plus every example under ci/ (so a new example is tested without edits here).</summary>
    public static IEnumerable<string> ValuesFiles() =>
        new[] { DefaultValues }.Concat(
            Directory.GetFiles(Path.Combine(Tooling.ChartDirectory, "ci"), "*-values.yaml")
                .Select(path => Path.GetRelativePath(Tooling.ChartDirectory, path))
                .Order(StringComparer.Ordinal));

    /// <summary>
    /// Every values file, and every one with the sample service on top — except files that let the chart render
    /// Secrets: they must list each database's development connection strings, which the sample entry does not add.
    /// </summary>
    public static IEnumerable<string> ValuesCases() =>
        ValuesFiles().Concat(ValuesFiles()
            .Where(file => ChartValues.Load(file)["secrets"]?["create"]?.GetValue<bool>() != true)
            .Select(WithSampleOverlay));

    public static string WithSampleOverlay(string valuesFile) => valuesFile + Separator + SampleOverlay;

    public static TheoryData<string> ValuesFileData() => ToTheoryData(ValuesCases());

    /// <summary>Every values case with every enabled service but the gateway, for the per-service theories.</summary>
    public static TheoryData<string, string> ServiceData()
    {
        var data = new TheoryData<string, string>();
        foreach (var valuesCase in ValuesCases())
        {
            foreach (var service in ChartValues.Load(valuesCase).EnabledServices().Where(s => s != "gateway"))
            {
                data.Add(valuesCase, service);
            }
        }

        return data;
    }

    /// <summary>The values files of a case, as absolute paths, in the order helm applies them.</summary>
    public static IReadOnlyList<string> Files(string valuesCase)
    {
        var parts = valuesCase.Split(Separator);
        var files = new List<string> { Path.Combine(Tooling.ChartDirectory, parts[0]) };
        files.AddRange(parts.Skip(1).Select(overlay => Path.Combine(Tooling.DeploymentTestsDirectory, overlay)));
        return files;
    }

    public static Rendering Render(string valuesCase) =>
        Renderings.GetOrAdd(valuesCase, file => new Lazy<Rendering>(() => RenderNow(file))).Value;

    public static ProcessResult Template(string valuesCase, params string[] extraArguments)
    {
        var arguments = new List<string> { "template", "cti", Tooling.ChartDirectory, "--kube-version", "1.31.0", "--namespace", "cti" };
        arguments.AddRange(ValuesArguments(valuesCase));
        arguments.AddRange(extraArguments);
        return Tooling.Run(Tooling.Helm, arguments);
    }

    /// <summary>The "-f" arguments of a case; the chart's own values.yaml is always applied, so it is never passed.</summary>
    public static IEnumerable<string> ValuesArguments(string valuesCase) =>
        Files(valuesCase)
            .Where(file => file != Path.Combine(Tooling.ChartDirectory, DefaultValues))
            .SelectMany(file => new[] { "-f", file });

    private static TheoryData<string> ToTheoryData(IEnumerable<string> values)
    {
        var data = new TheoryData<string>();
        foreach (var value in values)
        {
            data.Add(value);
        }

        return data;
    }

    private static Rendering RenderNow(string valuesCase)
    {
        var result = Template(valuesCase);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"helm template failed for {valuesCase}: {result}");
        }

        return new Rendering(valuesCase, result.StandardOutput, Yaml.ParseDocuments(result.StandardOutput));
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

    public JsonObject Single(string kind, string service) => Assert.Single(OfKind(kind), o => ServiceOf(o) == service);

    public JsonNode GatewayConfig => Single("ConfigMap", "gateway")["data"]!;
}
