namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Who scored the compass: she and her worker each score it, and the two views are shown side by side.</summary>
public enum CompassRespondent
{
    Her,
    Worker,
}
