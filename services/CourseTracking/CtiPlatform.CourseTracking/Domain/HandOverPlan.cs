using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// A course's hand-over plan (overdragelsesplan, seed 000 2.4.1): her long-term needs, who supports what after CTI, the
/// one person with the long-term responsibility and the hand-over meetings. One per course, saved again as it changes
/// (decision 506). Its content is kept as the ciphertext the application layer hands in; the meetings' dates stay in
/// the clear, so lateness is judged without decrypting.
/// </summary>
public sealed class HandOverPlan : ITenantOwned
{
    private HandOverPlan()
    {
    }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The Danish dates of the hand-over meetings, in date order.</summary>
    public List<DateOnly> MeetingDates { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    /// <summary>The <see cref="HandOverContent"/> as encrypted JSON.</summary>
    public string ProtectedContent { get; private set; } = "";

    /// <summary>
    /// The last day the method wants the hand-over meetings held: one month before the course's planned end (seed 000:
    /// "senest en måned før forløbets afslutning"); null until the lifecycle has sent the end, with phase 3.
    /// </summary>
    public static DateOnly? MeetingsDeadline(TrackedCourse course) => course.Phase3PlannedEndDate?.AddMonths(-1);

    /// <summary>The plan as it now stands, new or replacing <paramref name="existing"/>; refused once the course has closed.</summary>
    public static Outcome<HandOverPlan> Save(
        TrackedCourse course, HandOverPlan? existing, IEnumerable<DateOnly> meetingDates, string actor, DateTimeOffset now, DateOnly today)
    {
        if (course.PhaseOn(today) is null)
        {
            return TrackingRefusal.CourseClosed;
        }

        var plan = existing ?? new HandOverPlan { CourseId = course.Id, TenantId = course.TenantId };
        (plan.MeetingDates, plan.UpdatedAt, plan.UpdatedBy) = ([.. meetingDates.Order()], now, actor);
        return plan;
    }

    /// <summary>Whether a meeting on <paramref name="date"/> is late for the method; reported, never refused (decision 506).</summary>
    public static bool IsLate(TrackedCourse course, DateOnly date) => MeetingsDeadline(course) is { } deadline && date > deadline;

    /// <summary>Keeps <paramref name="protectedContent"/>, the encrypted content, once the plan is accepted.</summary>
    public void Keep(string protectedContent) => ProtectedContent = protectedContent;
}
