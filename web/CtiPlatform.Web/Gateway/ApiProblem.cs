namespace CtiPlatform.Web.Gateway;

/// <summary>
/// A refusal from a service (RFC 9457): its <c>detail</c>, and its <c>errors</c> by JSON field path
/// (<c>woman.name</c>, <c>criteria[2].justification</c>), which a form shows next to the field of that name.
/// </summary>
public sealed record ApiProblem(int Status, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? detail = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var root = document.RootElement;
            detail = root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in e.EnumerateObject())
                {
                    errors[field.Name] = field.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray();
                }
            }
        }

        return new ApiProblem((int)response.StatusCode, detail, errors);
    }
}
