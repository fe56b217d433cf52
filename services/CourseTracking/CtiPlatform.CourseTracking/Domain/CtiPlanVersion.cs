using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// One version of a course's CTI plan, for the phase it was made in. A revision is a new version; earlier ones are kept
/// as they were and stay viewable (decision 504). Its content (goals and activities, about her) is kept as the
/// ciphertext the application layer hands in.
/// </summary>
public sealed class CtiPlanVersion : ITenantOwned
{
    /// <summary>The method's "about three" focus areas, read as one to three (issue #14).</summary>
    public const int MaxFocusAreas = 3;

    private CtiPlanVersion()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    /// <summary>1, 2, … per course.</summary>
    public int Version { get; private set; }

    /// <summary>The CTI phase (1-3) it is the plan of; one made in the contact period is phase 1's.</summary>
    public int Phase { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>The focus areas as encrypted JSON.</summary>
    public string ProtectedContent { get; private set; } = "";

    /// <summary>A new version after <paramref name="latestVersion"/> (0 for the first), refused when the focus areas break the method's rules.</summary>
    public static Outcome<CtiPlanVersion> Revise(
        Guid id, TrackedCourse course, int latestVersion, IReadOnlyList<FocusArea> focusAreas, string actor, DateTimeOffset now, DateOnly today)
    {
        if (course.PhaseOn(today) is not { } phase)
        {
            return TrackingRefusal.CourseClosed;
        }

        if (focusAreas.Count is < 1 or > MaxFocusAreas)
        {
            return TrackingRefusal.FocusAreaCount;
        }

        if (focusAreas.Select(a => a.Theme).Distinct().Count() != focusAreas.Count)
        {
            return TrackingRefusal.ThemeChosenTwice;
        }

        if (!course.HasChildren && focusAreas.Any(a => a.Theme == PlanTheme.Children))
        {
            return TrackingRefusal.ChildrenThemeWithoutChildren;
        }

        return new CtiPlanVersion
        {
            Id = id, TenantId = course.TenantId, CourseId = course.Id, Version = latestVersion + 1, Phase = Math.Max(phase, 1), CreatedAt = now, CreatedBy = actor,
        };
    }

    /// <summary>Keeps <paramref name="protectedContent"/>, the encrypted focus areas, once the version is accepted.</summary>
    public void Keep(string protectedContent) => ProtectedContent = protectedContent;
}
