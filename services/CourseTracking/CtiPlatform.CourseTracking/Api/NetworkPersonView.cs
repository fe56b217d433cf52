using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// One person in her network as the caller may see it. <see cref="NeverContactWarningText"/> says in Danish that the
/// person may be on her never-contact list — never who is listed or why.
/// </summary>
public sealed record NetworkPersonView(
    Guid Id, NetworkPartyKind Kind, string KindLabel, NetworkRole Role, string RoleLabel, NetworkSector Sector, string SectorLabel, int Distance,
    bool Active, bool Consent, string Name, string? Phone, string? Email, string? HelpsWith, bool NeverContactWarning, string? NeverContactWarningText,
    DateTimeOffset ChangedAt, string ChangedBy);
