using System.Text.Json;
using System.Text.Json.Serialization;

namespace CtiPlatform.Testing;

/// <summary>JSON as the services write it (web defaults, enums as names), so a test sends and reads exactly what a client would.</summary>
public static class TestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
