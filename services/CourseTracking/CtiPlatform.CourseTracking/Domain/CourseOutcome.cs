using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// One version of a closed course's outcome (seed 001). An amendment is a new version; the earlier ones are kept, so
/// the figures can be traced to who said what when (decision 510).
/// </summary>
public sealed class CourseOutcome : ITenantOwned
{
    private CourseOutcome()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    /// <summary>1 for the first recording, one more for each amendment.</summary>
    public int Version { get; private set; }

    public bool KeptHome { get; private set; }

    public bool HasSafetyStrategy { get; private set; }

    public bool ReadmittedToShelter { get; private set; }

    /// <summary>For women with children only; null otherwise.</summary>
    public bool? ChildrenInDayCareOrSchool { get; private set; }

    /// <summary>For women with children over 7; null when she has none of that age or no children.</summary>
    public bool? ChildrenInLeisureActivities { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public OutcomeAnswers Answers => new(KeptHome, HasSafetyStrategy, ReadmittedToShelter, ChildrenInDayCareOrSchool, ChildrenInLeisureActivities);

    /// <summary>
    /// The outcome's next version after <paramref name="latest"/>; refused while the course runs, and when the children's
    /// answers do not fit whether she has children.
    /// </summary>
    public static Outcome<CourseOutcome> Record(Guid id, TrackedCourse course, CourseOutcome? latest, OutcomeAnswers answers, string actor, DateTimeOffset now)
    {
        if (course.Stage != TrackingStage.Closed)
        {
            return TrackingRefusal.CourseNotClosed;
        }

        if (!course.HasChildren && (answers.ChildrenInDayCareOrSchool is not null || answers.ChildrenInLeisureActivities is not null))
        {
            return TrackingRefusal.ChildrenOutcomeWithoutChildren;
        }

        if (course.HasChildren && answers.ChildrenInDayCareOrSchool is null)
        {
            return TrackingRefusal.ChildrenOutcomeMissing;
        }

        return new CourseOutcome
        {
            Id = id, TenantId = course.TenantId, CourseId = course.Id, Version = (latest?.Version ?? 0) + 1,
            KeptHome = answers.KeptHome, HasSafetyStrategy = answers.HasSafetyStrategy, ReadmittedToShelter = answers.ReadmittedToShelter,
            ChildrenInDayCareOrSchool = answers.ChildrenInDayCareOrSchool, ChildrenInLeisureActivities = answers.ChildrenInLeisureActivities,
            RecordedAt = now, RecordedBy = actor,
        };
    }
}
