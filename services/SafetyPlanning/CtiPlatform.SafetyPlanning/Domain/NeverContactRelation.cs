namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// Who a never-contact person is to her, with a Danish label in Resources/SafetyTexts.resx
/// (<c>NeverContactRelation_&lt;code&gt;</c>). Appended, never renumbered.
/// </summary>
public enum NeverContactRelation
{
    /// <summary>The man she left (tidligere partner).</summary>
    ExPartner = 0,

    /// <summary>His family (hans familie).</summary>
    HisFamily = 1,

    /// <summary>His friends and circle (hans omgangskreds).</summary>
    HisCircle = 2,

    /// <summary>Her own family, when they side with him (hendes egen familie).</summary>
    HerFamily = 3,

    /// <summary>Anyone else she must be kept from (en anden).</summary>
    Other = 4,
}
