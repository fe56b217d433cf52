namespace CtiPlatform.CourseTracking.Domain;

/// <summary>The network map's five fields (seed 000, 4.1.2: "Familie", "Slægt", "Andre", "Arbejde/skole", "Professionelle"). Appended, never renumbered.</summary>
public enum NetworkSector
{
    Family = 0,
    Relatives = 1,
    Others = 2,
    WorkOrSchool = 3,
    Professionals = 4,
}
