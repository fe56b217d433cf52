namespace CtiPlatform.Web.Forms;

/// <summary>How a form value becomes JSON: as typed text, an ISO date string, a yes/no boolean, a whole number or a list.</summary>
public enum FieldKind
{
    Text = 0,
    Date = 1,
    YesNo = 2,
    Number = 3,

    /// <summary>Comma-separated values sent as a JSON array of strings.</summary>
    List = 4,
}
