namespace CtiPlatform.Web.Forms;

/// <summary>One labelled input of a form, rendered by the <c>_Field</c> partial with its error next to it.</summary>
public sealed record FieldModel(FormState Form, string Path, string Label, string Type = "text", string? Hint = null, string? Autocomplete = null)
{
    public string Id => Form.IdPrefix + FormState.Id(Path);

    public string ErrorId => Form.IdPrefix + FormState.ErrorId(Path);

    public string HintId => Id + "-hint";

    public IReadOnlyList<string> Errors => Form.Errors(Path);

    /// <summary>The hint and the error, so a screen reader reads both with the field.</summary>
    public string DescribedBy => string.Join(' ', new[] { Hint is null ? null : HintId, Errors.Count > 0 ? ErrorId : null }.OfType<string>());
}
