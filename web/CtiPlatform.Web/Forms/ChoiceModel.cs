namespace CtiPlatform.Web.Forms;

/// <summary>
/// A question answered by one of a few codes, rendered by the <c>_Choice</c> partial as radio buttons with the error next
/// to them. <see cref="IdPrefix"/> keeps element ids unique when two forms of one page ask for the same field.
/// </summary>
public sealed record ChoiceModel(FieldModel Field, IReadOnlyList<(string Value, string Label)> Options, string IdPrefix = "")
{
    public string Id => IdPrefix + Field.Id;

    public string ErrorId => IdPrefix + Field.ErrorId;

    public string? DescribedBy => Field.Errors.Count > 0 ? ErrorId : null;
}
