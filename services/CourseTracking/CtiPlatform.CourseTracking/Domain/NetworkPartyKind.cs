namespace CtiPlatform.CourseTracking.Domain;

/// <summary>A person or an organisation in her network. Appended, never renumbered.</summary>
public enum NetworkPartyKind
{
    Person = 0,
    Organisation = 1,
}
