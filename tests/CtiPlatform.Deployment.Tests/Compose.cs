using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>
/// Resolves docker-compose.yml with the real docker-compose, alone or with the sample service's overlay
/// (<see cref="SampleOverlay"/>, relative to this test project) on top, once per case and environment.
/// </summary>
public static class Compose
{
    public const string File = "docker-compose.yml";

    public const string SampleOverlay = "sample-service/docker-compose.override.yml";

    private const string Separator = " + ";

    private static readonly ConcurrentDictionary<string, Lazy<JsonObject>> Resolved = new();

    public static IEnumerable<string> Cases() => [File, File + Separator + SampleOverlay];

    /// <summary>The chart values that describe the same services as a compose case.</summary>
    public static ChartValues ChartValuesOf(string composeCase) =>
        ChartValues.Load(composeCase == File ? Chart.DefaultValues : Chart.WithSampleOverlay(Chart.DefaultValues));

    public static TheoryData<string> CaseData()
    {
        var data = new TheoryData<string>();
        foreach (var composeCase in Cases())
        {
            data.Add(composeCase);
        }

        return data;
    }

    /// <summary>Every service with a build but the gateway, in every case.</summary>
    public static TheoryData<string, string> ServiceData()
    {
        var data = new TheoryData<string, string>();
        foreach (var composeCase in Cases())
        {
            foreach (var service in BuiltServices(composeCase).Where(s => s != "gateway"))
            {
                data.Add(composeCase, service);
            }
        }

        return data;
    }

    public static IReadOnlyList<string> BuiltServices(string composeCase) =>
        Services(composeCase).Where(s => s.Value!["build"] is JsonObject).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

    public static JsonObject Services(string composeCase) => Resolve(composeCase)["services"]!.AsObject();

    public static JsonObject Resolve(string composeCase, IReadOnlyDictionary<string, string>? environment = null)
    {
        var key = composeCase + string.Concat((environment ?? new Dictionary<string, string>()).Select(p => $"|{p.Key}={p.Value}"));
        return Resolved.GetOrAdd(key, _ => new Lazy<JsonObject>(() =>
        {
            var result = Config(composeCase, environment);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"docker-compose config failed for {composeCase}: {result}");
            }

            return Yaml.ParseDocuments(result.StandardOutput).Single();
        })).Value;
    }

    /// <summary>
    /// Secrets compose has no default for (it refuses to start without them); every resolution passes these test values
    /// unless the caller's <c>environment</c> overrides one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RequiredSecrets { get; } = new Dictionary<string, string>
    {
        ["CTI_RABBITMQ_PASSWORD"] = "test-rabbit-admin",
        ["CTI_RABBITMQ_PASSWORD_REFERRALS"] = "test-rabbit-referrals",
        ["CTI_RABBITMQ_PASSWORD_WORKFLOWS"] = "test-rabbit-workflows",
    };

    public static ProcessResult Config(string composeCase, IReadOnlyDictionary<string, string>? environment = null, params string[] extraArguments)
    {
        var parts = composeCase.Split(Separator);
        var arguments = new List<string> { "-f", Path.Combine(Tooling.RepoRoot, parts[0]) };
        foreach (var overlay in parts.Skip(1))
        {
            arguments.AddRange(["-f", Path.Combine(Tooling.DeploymentTestsDirectory, overlay)]);
        }

        arguments.Add("config");
        arguments.AddRange(extraArguments);
        var merged = new Dictionary<string, string>(RequiredSecrets);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            merged[name] = value;
        }

        return Tooling.Run(Tooling.DockerCompose, arguments, environment: merged);
    }
}
