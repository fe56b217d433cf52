using System.Text.Json;

namespace CtiPlatform.Messaging.Outbox;

/// <summary>How message bodies and headers are kept in outbox rows, and how the dispatcher reads them back.</summary>
internal static class OutboxSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(object message, Type type) => JsonSerializer.Serialize(message, type, Options);

    public static string SerializeHeaders(IReadOnlyDictionary<string, string> headers) => JsonSerializer.Serialize(headers, Options);

    public static Type ResolveType(string typeName) =>
        Type.GetType(typeName, throwOnError: false)
        ?? throw new InvalidOperationException($"Message type '{typeName}' is not known to this service.");

    public static object Deserialize(string body, Type type) =>
        JsonSerializer.Deserialize(body, type, Options) ?? throw new InvalidOperationException("An outbox row holds an empty body.");

    public static Dictionary<string, string> DeserializeHeaders(string headers) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(headers, Options) ?? [];
}
