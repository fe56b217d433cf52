namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A field answered by choosing one of a few codes (value, then its label), rendered by <c>_Select</c> as a select with an empty first option.</summary>
public sealed record SelectField(FieldModel Field, IReadOnlyList<KeyValuePair<string, string>> Options);
