namespace CtiPlatform.Web.Forms;

/// <summary>
/// Builds the request body from a form by field path. An empty field is left out, so the service names it as
/// missing; a value that is not what its kind needs is sent as typed, so the service names the rule it breaks.
/// </summary>
public static class FormJson
{
    public static JsonObject Build(FormState form, IEnumerable<(string Path, FieldKind Kind)> fields)
    {
        var root = new JsonObject();
        foreach (var (path, kind) in fields)
        {
            var raw = form.Value(path).Trim();
            if (raw.Length > 0)
            {
                Set(root, path, Node(raw, kind));
            }
        }

        return root;
    }

    private static JsonNode? Node(string raw, FieldKind kind) => kind switch
    {
        FieldKind.YesNo when bool.TryParse(raw, out var yes) => JsonValue.Create(yes),
        FieldKind.Number when int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        FieldKind.List => new JsonArray(raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        _ => JsonValue.Create(raw),
    };

    // "criteria[2].justification": objects by name, arrays by index, created on the way down.
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode current = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = Split(parts[i]);
            var last = i == parts.Length - 1;
            var container = (JsonObject)current;
            if (index is null)
            {
                if (last)
                {
                    container[name] = value;
                    return;
                }

                current = container[name] ??= new JsonObject();
                continue;
            }

            var array = (JsonArray)(container[name] ??= new JsonArray());
            while (array.Count <= index)
            {
                array.Add(new JsonObject());
            }

            current = array[index.Value]!;
        }
    }

    private static (string Name, int? Index) Split(string part)
    {
        var open = part.IndexOf('[', StringComparison.Ordinal);
        return open < 0
            ? (part, null)
            : (part[..open], int.Parse(part[(open + 1)..^1], CultureInfo.InvariantCulture));
    }
}
