namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// What is kept in clear about a network person: kind, role, the map's field and the distance she chose, whether the
/// person is active, and whether she consents to others seeing the person.
/// </summary>
public sealed record NetworkPlacement(NetworkPartyKind Kind, NetworkRole Role, NetworkSector Sector, int Distance, bool Active, bool Consent);
