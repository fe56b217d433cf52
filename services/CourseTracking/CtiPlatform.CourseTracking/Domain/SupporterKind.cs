namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Who supports her after CTI: a person (family, friend, neighbour) or an organisation (a service, a club); stored by name. Append only.</summary>
public enum SupporterKind
{
    Person = 0,
    Organisation = 1,
}
