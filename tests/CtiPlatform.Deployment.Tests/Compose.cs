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

    // docker-compose 1.29 wants a regular file (not /dev/null) for --env-file.
    private static readonly string EmptyEnvFile = Path.GetTempFileName();

    /// <summary>
    /// The variables docker-compose.yml has no default for (.env.example lists them), as a developer's .env gives
    /// them; every case resolves with these unless a test takes one away.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RequiredEnvironment { get; } = new Dictionary<string, string>
    {
        ["CTI_JWT_SIGNING_KEY"] = "dGVzdC1vbmx5LXNpZ25pbmcta2V5LTMyLWJ5dGVzLWxvbmch",
        ["CTI_ENCRYPTION_KEY"] = "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGVzLWxvbmc=",
        ["CTI_CONTACT_MATCHING_KEY"] = "dGVzdC1vbmx5LWNvbnRhY3QtbWF0Y2hpbmcta2V5LTMyLWJ5dGVz",
        ["CTI_POSTGRES_PASSWORD"] = "test-only-postgres",
        ["CTI_DB_PASSWORD_PREFIX"] = "test-only",
        ["CTI_RABBITMQ_PASSWORD"] = "test-rabbit-admin",
        ["CTI_RABBITMQ_PASSWORD_REFERRALS"] = "test-rabbit-referrals",
        ["CTI_RABBITMQ_PASSWORD_WORKFLOWS"] = "test-rabbit-workflows",
        ["CTI_RABBITMQ_PASSWORD_SAFETYPLANNING"] = "test-rabbit-safetyplanning",
        ["CTI_RABBITMQ_PASSWORD_NOTIFICATIONS"] = "test-rabbit-notifications",
        ["CTI_RABBITMQ_PASSWORD_COURSETRACKING"] = "test-rabbit-coursetracking",
        ["CTI_OIDC_AUTHORITY"] = "https://login.test-only.example/realms/cti",
        ["CTI_OIDC_CLIENT_SECRET"] = "test-only-oidc-client-secret",
    };

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

    /// <summary>Every host that serves (not a one-shot migration step) but the gateway, in every case.</summary>
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

    /// <summary>The hosts that serve: services with a build that are not a one-shot migration step.</summary>
    public static IReadOnlyList<string> BuiltServices(string composeCase) =>
        Services(composeCase).Where(s => s.Value!["build"] is JsonObject && !IsMigration(s.Value)).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>The one-shot migration steps: containers that run their host with the single argument <c>migrate</c>.</summary>
    public static IReadOnlyList<string> MigrationServices(string composeCase) =>
        Services(composeCase).Where(s => IsMigration(s.Value)).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

    private static bool IsMigration(JsonNode? service) =>
        service?["command"] is JsonArray command && command.Select(c => (string?)c).SequenceEqual(["migrate"]);

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

    /// <summary><c>docker-compose config</c> with <see cref="RequiredEnvironment"/>, overridden by <paramref name="environment"/>.</summary>
    public static ProcessResult Config(string composeCase, IReadOnlyDictionary<string, string>? environment = null, params string[] extraArguments) =>
        ConfigWith(composeCase, new Dictionary<string, string>(RequiredEnvironment.Concat(environment ?? new Dictionary<string, string>())
            .GroupBy(p => p.Key).Select(g => g.Last())), extraArguments);

    /// <summary>
    /// <c>docker-compose config</c> with exactly <paramref name="environment"/> on top of this process's; an empty env
    /// file keeps a developer's own .env out.
    /// </summary>
    public static ProcessResult ConfigWith(string composeCase, IReadOnlyDictionary<string, string> environment, params string[] extraArguments)
    {
        var parts = composeCase.Split(Separator);
        var arguments = new List<string> { "--env-file", EmptyEnvFile, "-f", Path.Combine(Tooling.RepoRoot, parts[0]) };
        foreach (var overlay in parts.Skip(1))
        {
            arguments.AddRange(["-f", Path.Combine(Tooling.DeploymentTestsDirectory, overlay)]);
        }

        arguments.Add("config");
        arguments.AddRange(extraArguments);
        return Tooling.Run(Tooling.DockerCompose, arguments, environment: environment);
    }
}
