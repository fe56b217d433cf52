using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>
/// The values helm applies for a case, merged the way helm merges them (maps key by key, everything else
/// replaced), so tests derive what each service should get from its entry instead of naming services.
/// </summary>
public sealed class ChartValues(JsonObject values)
{
    public const string Release = "cti";

    public const string Fullname = "cti-cti-platform";

    public JsonObject Values { get; } = values;

    public JsonNode? this[string key] => Values[key];

    public static ChartValues Load(string valuesCase)
    {
        var merged = new JsonObject();
        foreach (var file in new[] { Path.Combine(Tooling.ChartDirectory, Chart.DefaultValues) }.Concat(Chart.Files(valuesCase)).Distinct())
        {
            Merge(merged, Yaml.ParseDocuments(File.ReadAllText(file)).SingleOrDefault() ?? []);
        }

        return new ChartValues(merged);
    }

    /// <summary>Enabled services: keys, sorted as the chart sorts them.</summary>
    public IReadOnlyList<string> EnabledServices() =>
        (Values["services"]?.AsObject() ?? [])
            .Where(entry => entry.Value?["enabled"]?.GetValue<bool>() == true)
            .Select(entry => entry.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A services: entry merged over serviceDefaults, as the chart's cti.service helper does.</summary>
    public ServiceValues Service(string name)
    {
        var entry = (JsonObject)Values["serviceDefaults"]!.DeepClone();
        Merge(entry, Values["services"]![name]!.AsObject());
        return new ServiceValues(name, entry);
    }

    public string SharedSecret => NonEmpty(Values["secrets"]?["existingSecret"]) ?? $"{Fullname}-shared";

    internal static string? NonEmpty(JsonNode? node) => node?.ToString() is { Length: > 0 } text ? text : null;

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject map && target[key] is JsonObject existing)
            {
                Merge(existing, map);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}

/// <summary>One service's entry over serviceDefaults.</summary>
public sealed record ServiceValues(string Name, JsonObject Entry)
{
    public string Repository => (string)Entry["image"]!["repository"]!;

    public string? PathPrefix => ChartValues.NonEmpty(Entry["pathPrefix"]);

    public bool Database => Entry["database"]?["enabled"]?.GetValue<bool>() == true;

    public string DatabaseSecret => ChartValues.NonEmpty(Entry["database"]?["existingSecret"]) ?? $"{ChartValues.Fullname}-{Name}-db";

    public bool RabbitMq => Entry["rabbitmq"]?.GetValue<bool>() == true;

    public bool Encryption => Entry["encryption"]?.GetValue<bool>() == true;

    /// <summary>Gets the contact-matching ring of the never-contact fingerprints (decision 033).</summary>
    public bool ContactMatching => Entry["contactMatching"]?.GetValue<bool>() == true;

    /// <summary>Gets the OIDC client secret from the shared Secret and the client settings (the web app, decision 805).</summary>
    public bool OidcClient => Entry["oidcClient"]?.GetValue<bool>() == true;

    /// <summary>The route of '/', which takes every path no other route takes (the web app's, decision 805).</summary>
    public bool IsCatchAll => PathPrefix == "/";

    public IReadOnlyList<string> AllowFrom => (Entry["allowFrom"]?.AsArray() ?? []).Select(c => c!.ToString()).ToList();

    /// <summary>
    /// Asserts the gateway's configuration (its ConfigMap or compose environment) routes this service exactly as
    /// the entry says, at <paramref name="destination"/>, or not at all without a pathPrefix.
    /// </summary>
    public void AssertGatewayRoute(JsonObject gatewayConfiguration, string destination)
    {
        var routeKey = $"GatewayOptions__Routes__{Name}__";
        string? Setting(string key) => (string?)gatewayConfiguration[routeKey + key];

        if (PathPrefix is null)
        {
            Assert.DoesNotContain(gatewayConfiguration, p => p.Key.StartsWith(routeKey, StringComparison.Ordinal));
            return;
        }

        Assert.Equal(PathPrefix, Setting("PathPrefix"));
        Assert.Equal(destination, Setting("Destinations__0"));
        // Unset route settings stay out, so the gateway's own defaults apply.
        Assert.Equal(Route("openApiPath"), Setting("OpenApiPath"));
        Assert.Equal(Route("rateLimitPolicy"), Setting("RateLimitPolicy"));
        Assert.Equal(Route("timeout"), Setting("Timeout"));
        Assert.Equal(Route("maxRequestBodySize"), Setting("MaxRequestBodySize"));
        Assert.Equal(Route("allowAnonymous") == "true" ? "true" : null, Setting("AllowAnonymous"));
        if (Setting("RateLimitPolicy") is { } policy)
        {
            Assert.Contains(policy, ComposeTests.GatewayRateLimitPolicies());
        }
    }

    /// <summary>A gatewayRoute setting as the gateway's configuration carries it; null when unset (empty or 0).</summary>
    public string? Route(string setting) => Entry["gatewayRoute"]?[setting]?.ToString() is { Length: > 0 } text && text != "0" ? text : null;
}
