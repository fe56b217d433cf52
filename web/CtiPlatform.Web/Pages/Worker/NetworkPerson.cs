namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// A person or organisation in her network as <c>GET …/network</c> gives it to the worker: labels, the map's field and
/// distance, contact details, and the warning that the person may be on her never-contact list.
/// </summary>
public sealed record NetworkPerson(
    Guid Id, string KindLabel, string RoleLabel, string SectorLabel, int Distance, bool Active, bool Consent, string Name, string? Phone, string? Email,
    string? HelpsWith, bool NeverContactWarning, string? NeverContactWarningText);
