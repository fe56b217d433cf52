using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// A compass measurement the lifecycle said is due; it is done once both she and her worker have scored the occasion
/// (decision 505). A later notice for the same occasion (an extension moves the end) moves the date.
/// </summary>
public sealed class CompassDue : ITenantOwned
{
    private CompassDue()
    {
    }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public CompassOccasion Occasion { get; private set; }

    /// <summary>The contact period's start for the starting measurement, the phase's (exclusive) end otherwise.</summary>
    public DateOnly DueOn { get; private set; }

    public static CompassDue Raise(TrackedCourse course, CompassOccasion occasion, DateOnly dueOn) =>
        new() { TenantId = course.TenantId, CourseId = course.Id, Occasion = occasion, DueOn = dueOn };

    public void Move(DateOnly dueOn) => DueOn = dueOn;
}
