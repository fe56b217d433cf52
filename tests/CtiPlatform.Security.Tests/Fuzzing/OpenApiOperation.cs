using System.Text.Json.Nodes;

namespace CtiPlatform.Security.Tests.Fuzzing;

/// <summary>One documented operation: method, path template, its parameters and the schema of its JSON body, if any.</summary>
public sealed record OpenApiOperation(string Service, string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, JsonNode? Body)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of an OpenAPI 3 document.</summary>
    public static IEnumerable<OpenApiOperation> AllIn(string service, JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new OpenApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false, p["schema"]))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                yield return new OpenApiOperation(service, method.ToUpperInvariant(), path, parameters, body);
            }
        }
    }
}
