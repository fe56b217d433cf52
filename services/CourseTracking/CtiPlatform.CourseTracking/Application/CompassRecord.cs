using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A course's change compass as read: the scorings in the course's order and the measurements due.</summary>
internal sealed record CompassRecord(TrackedCourse Course, IReadOnlyList<ScoredAssessment> Assessments, IReadOnlyList<CompassDue> Due)
{
    /// <summary>A due measurement is done once she and her worker have both scored its occasion.</summary>
    public bool IsDone(CompassOccasion occasion) =>
        Assessments.Count(a => a.Assessment.Occasion == occasion) == Enum.GetValues<CompassRespondent>().Length;
}
