namespace CtiPlatform.Web.Forms;

/// <summary>
/// What a form shows: the values as the user typed them and the service's refusals, both keyed by the API's JSON
/// field path (<c>woman.name</c>, <c>criteria[2].justification</c>). Inputs are named by that path, so a problem's
/// <c>errors</c> land next to the field they name without a mapping per form.
/// </summary>
public sealed class FormState(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string[]> errors, string? detail, string idPrefix = "")
{
    public static FormState Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string[]>(), null);

    /// <summary>
    /// Put before every element id of the form's fields and the summary's links to them, when another form of the page
    /// asks for a field of the same name; the inputs' names stay the API's paths.
    /// </summary>
    public string IdPrefix { get; } = idPrefix;

    /// <summary>A refusal that names no field (a 409), shown above the form.</summary>
    public string? Detail { get; } = detail;

    public bool HasErrors => errors.Count > 0 || Detail is not null;

    public static FormState From(IFormCollection form) =>
        new(form.Where(f => !f.Key.StartsWith("__", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value.ToString()),
            new Dictionary<string, string[]>(), null);

    public FormState WithProblem(ApiProblem problem) =>
        new(values, problem.Errors, problem.Errors.Count == 0 ? problem.Detail : null, IdPrefix);

    public FormState WithIdPrefix(string prefix) => new(values, errors, Detail, prefix);

    public string Value(string path) => values.TryGetValue(path, out var value) ? value : "";

    public IReadOnlyList<string> Errors(string path) => errors.TryGetValue(path, out var messages) ? messages : [];

    /// <summary>Every refusal in the order the service gave them, for the summary at the top of the form.</summary>
    public IEnumerable<(string Path, string Message)> AllErrors => errors.SelectMany(e => e.Value.Select(m => (e.Key, m)));

    /// <summary>An element id for a field path: letters, digits and hyphens only.</summary>
    public static string Id(string path) => new(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public static string ErrorId(string path) => Id(path) + "-error";
}
