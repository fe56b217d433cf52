using CtiPlatform.Contracts.Courses;
using CtiPlatform.CourseTracking.Domain;
using static CtiPlatform.CourseTracking.Tests.Lifecycle;

namespace CtiPlatform.CourseTracking.Tests;

/// <summary>The edges of live fidelity, judged with no infrastructure (decision 508).</summary>
public sealed class CourseFidelityTests
{
    private static readonly FidelityFacts Nothing = new(
        new HashSet<int>(), new HashSet<(CompassOccasion, CompassRespondent)>(), new Dictionary<ChecklistTransition, ChecklistProgress>(), null,
        new HashSet<int>(), []);

    // Phase 1 runs 90 days (January to March 2026); phase 2 is planned for 91 days less daysShorter.
    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Phases_count_as_equal_within_three_days(int daysShorter, bool flagged)
    {
        var course = Course(D(2026, 1, 1));
        course.RecordPhase(2, D(2026, 4, 1), D(2026, 7, 1).AddDays(-daysShorter));

        var flags = CourseFidelity.Of(course, Nothing, D(2026, 4, 1).AddDays(-1));

        Assert.Equal(flagged, flags.Any(f => f.Code == FidelityCode.PhasesUnequal));
    }

    [Fact]
    public void A_boundary_is_judged_on_its_day_not_before()
    {
        var course = Course(D(2026, 1, 1));

        var before = CourseFidelity.Of(course, Nothing, D(2025, 12, 31));
        var on = CourseFidelity.Of(course, Nothing, D(2026, 1, 1));

        Assert.DoesNotContain(before, f => f.Code == FidelityCode.CompassMissing);
        Assert.Contains(on, f => f is { Code: FidelityCode.CompassMissing, Phase: 0 });
    }

    [Fact]
    public void A_course_closed_by_its_hand_over_deadline_is_not_judged_on_hand_over()
    {
        var course = Course(D(2025, 1, 1));
        course.RecordPhase(2, D(2025, 4, 1), D(2025, 7, 1));
        course.RecordPhase(3, D(2025, 7, 1), D(2025, 10, 1));
        var early = Course(D(2025, 1, 1));
        early.RecordPhase(2, D(2025, 4, 1), D(2025, 7, 1));
        early.RecordPhase(3, D(2025, 7, 1), D(2025, 10, 1));
        early.RecordClosure(D(2025, 8, 15), CourseClosureReason.Completed, D(2025, 9, 15), null);

        Assert.Contains(CourseFidelity.Of(course, Nothing, D(2025, 9, 2)), f => f.Code == FidelityCode.HandOverMeetingsMissing);
        Assert.DoesNotContain(CourseFidelity.Of(course, Nothing, D(2025, 9, 1)), f => f.Code == FidelityCode.HandOverMeetingsMissing);
        Assert.DoesNotContain(CourseFidelity.Of(early, Nothing, D(2025, 9, 2)), f => f.Code == FidelityCode.HandOverMeetingsMissing);
    }

    private static TrackedCourse Course(DateOnly moveIn)
    {
        var course = TrackedCourse.Open(Guid.NewGuid(), "tenant", "worker");
        course.RecordContactPeriod(moveIn.AddDays(-14));
        course.RecordPhase(1, moveIn, moveIn.AddMonths(3));
        return course;
    }
}
