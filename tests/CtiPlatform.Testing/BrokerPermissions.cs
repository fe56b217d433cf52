using System.Text.Json;

namespace CtiPlatform.Testing;

/// <summary>One service's RabbitMQ permissions as <c>charts/cti-platform/broker-permissions.json</c> defines them.</summary>
public sealed record BrokerPermissions(string Configure, string Write, string Read)
{
    private static readonly Lazy<IReadOnlyDictionary<string, BrokerPermissions>> Defined = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "broker-permissions.json")));
        return json.RootElement.GetProperty("users").EnumerateObject().ToDictionary(
            user => user.Name,
            user => new BrokerPermissions(
                user.Value.GetProperty("configure").GetString()!, user.Value.GetProperty("write").GetString()!, user.Value.GetProperty("read").GetString()!));
    });

    /// <summary>The services that have a broker user of their own.</summary>
    public static IEnumerable<string> Services => Defined.Value.Keys;

    public static BrokerPermissions Of(string service) =>
        Defined.Value.TryGetValue(service, out var permissions)
            ? permissions
            : throw new ArgumentException($"charts/cti-platform/broker-permissions.json defines no broker user '{service}'.", nameof(service));
}
