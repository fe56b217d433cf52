namespace CtiPlatform.Web.Forms;

/// <summary>How a form value becomes JSON: as typed text, an ISO date string, a yes/no boolean or a whole number.</summary>
public enum FieldKind
{
    Text = 0,
    Date = 1,
    YesNo = 2,
    Number = 3,
}
