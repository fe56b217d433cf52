namespace CtiPlatform.CourseTracking.Domain;

/// <summary>The change compass's (forandringskompas) ten dimensions, in the method manual's order (seed 000, 4.1.3). Append only.</summary>
public enum CompassDimension
{
    Safety,
    SelfCare,
    SocialNetwork,
    PhysicalHealth,
    MentalHealth,
    Housing,
    Economy,
    WorkAttachment,
    ChildrensWellBeing,
    Stimulants,
}
