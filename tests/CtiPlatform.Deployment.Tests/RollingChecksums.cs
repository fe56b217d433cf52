using System.Text.Json.Nodes;

namespace CtiPlatform.Deployment.Tests;

/// <summary>The pod-template annotations that make a Deployment roll, per service, read from a rendering.</summary>
public static class RollingChecksums
{
    public static SortedDictionary<string, string> Of(IEnumerable<JsonObject> objects) =>
        new(objects.Where(o => (string?)o["kind"] == "Deployment").ToDictionary(
            d => Rendering.ServiceOf(d)!,
            d =>
            {
                var annotations = d["spec"]!["template"]!["metadata"]!["annotations"]!;
                return $"{annotations["checksum/config"]} {annotations["checksum/secrets"]}";
            }), StringComparer.Ordinal);

    /// <summary>The services whose Deployment rolls when <paramref name="settings"/> are added to a values case.</summary>
    public static IReadOnlyList<string> Rolled(string valuesCase, params string[] settings)
    {
        var before = Of(Chart.Render(valuesCase).Objects);
        var result = Chart.Template(valuesCase, [.. settings.SelectMany(s => new[] { "--set", s })]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var after = Of(Yaml.ParseDocuments(result.StandardOutput));
        Assert.Equal(before.Keys, after.Keys);
        return before.Keys.Where(service => before[service] != after[service]).ToList();
    }
}
