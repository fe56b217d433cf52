namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// Two forms on one page that post the same API fields (a meeting's and a contact's <c>date</c>) name their inputs under
/// a prefix (<c>contact.date</c>), so the ids stay unique; the body is the prefix's object and the refusals come back under it.
/// </summary>
public static class FormPrefix
{
    public static JsonObject Body(FormState form, string prefix, IEnumerable<(string Path, FieldKind Kind)> fields) =>
        FormJson.Build(form, fields.Select(f => ($"{prefix}.{f.Path}", f.Kind)))[prefix]?.AsObject() is { } body
            ? (JsonObject)body.DeepClone()
            : new JsonObject();

    public static ApiProblem Under(ApiProblem problem, string prefix) =>
        problem with { Errors = problem.Errors.ToDictionary(e => $"{prefix}.{e.Key}", e => e.Value, StringComparer.Ordinal) };
}
