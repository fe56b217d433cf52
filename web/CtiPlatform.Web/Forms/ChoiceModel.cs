namespace CtiPlatform.Web.Forms;

/// <summary>
/// A question answered by one of a few codes, rendered by the <c>_Choice</c> partial as radio buttons with the error next
/// to them; element ids are the field's (with its form's <see cref="FormState.IdPrefix"/>).
/// </summary>
public sealed record ChoiceModel(FieldModel Field, IReadOnlyList<(string Value, string Label)> Options)
{
    public string Id => Field.Id;

    public string ErrorId => Field.ErrorId;

    public string? DescribedBy => Field.Errors.Count > 0 ? ErrorId : null;
}
