using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// One scoring of the change compass: by her or by her worker, for one occasion, every dimension 1-10. Scoring the same
/// occasion again corrects it. The scores (about her health and use of stimulants) are kept as the ciphertext the
/// application layer hands in (decision 505).
/// </summary>
public sealed class CompassAssessment : ITenantOwned
{
    public const int LowestScore = 1;

    public const int HighestScore = 10;

    private CompassAssessment()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    public CompassOccasion Occasion { get; private set; }

    public CompassRespondent Respondent { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>The scores as encrypted JSON.</summary>
    public string ProtectedScores { get; private set; } = "";

    /// <summary>
    /// A new scoring, or <paramref name="existing"/> corrected; refused once the course has closed, for a day to come,
    /// or for the end of a phase that has not begun.
    /// </summary>
    public static Outcome<CompassAssessment> Record(
        Guid id, TrackedCourse course, CompassAssessment? existing, CompassOccasion occasion, CompassRespondent respondent, DateOnly assessedOn,
        string actor, DateTimeOffset now, DateOnly today)
    {
        if (course.PhaseOn(today) is not { } phase)
        {
            return TrackingRefusal.CourseClosed;
        }

        if (assessedOn > today)
        {
            return TrackingRefusal.AssessmentInTheFuture;
        }

        if ((int)occasion > phase)
        {
            return TrackingRefusal.CompassOccasionNotReached;
        }

        var assessment = existing ?? new CompassAssessment { Id = id, TenantId = course.TenantId, CourseId = course.Id, Occasion = occasion, Respondent = respondent };
        (assessment.AssessedOn, assessment.RecordedAt, assessment.RecordedBy) = (assessedOn, now, actor);
        return assessment;
    }

    /// <summary>Keeps <paramref name="protectedScores"/>, the encrypted scores, once the scoring is accepted.</summary>
    public void Keep(string protectedScores) => ProtectedScores = protectedScores;
}
