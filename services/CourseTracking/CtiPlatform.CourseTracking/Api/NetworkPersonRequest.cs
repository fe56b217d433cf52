using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A person or organisation in her network: role, the map's field and the distance she chooses (1-3), active or not,
/// her consent to others seeing the person, name, contact details and what the person helps with. When the name or
/// number matches her never-contact list, the save is refused until <see cref="ConfirmNeverContactWarning"/> is true.
/// </summary>
public sealed record NetworkPersonRequest(
    NetworkPartyKind? Kind, NetworkRole? Role, NetworkSector? Sector, int? Distance, bool? Active, bool? Consent,
    string? Name, string? Phone, string? Email, string? HelpsWith, bool? ConfirmNeverContactWarning)
{
    public const int MaxName = 200;

    public const int MaxPhone = 40;

    public const int MaxEmail = 200;

    public const int MaxHelpsWith = 1000;
}
