using System.Text.Json.Nodes;

namespace CtiPlatform.Security.Tests.Fuzzing;

/// <summary>A path, query or header parameter of an operation.</summary>
public sealed record OpenApiParameter(string Name, string In, bool Required, JsonNode? Schema);
