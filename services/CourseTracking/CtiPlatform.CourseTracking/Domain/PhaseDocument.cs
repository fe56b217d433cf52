using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// The documentation of one phase at its shift (seed 003: "dokumentationsaktiviteter ved faseskift"): a short status per
/// focus area of the phase's CTI plan. Kept per phase and never changed: writing the phase again adds a version, the
/// earlier ones stay as written (decision 507). The statuses (about her) are kept as the ciphertext the application
/// layer hands in.
/// </summary>
public sealed class PhaseDocument : ITenantOwned
{
    private PhaseDocument()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    /// <summary>The CTI phase (1-3) documented; the third is documented at the end of the course.</summary>
    public int Phase { get; private set; }

    /// <summary>1, 2, … per course and phase.</summary>
    public int Version { get; private set; }

    /// <summary>The version of the CTI plan whose focus areas it documents.</summary>
    public int PlanVersion { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public string WrittenBy { get; private set; } = "";

    /// <summary>The statuses as encrypted JSON.</summary>
    public string ProtectedStatuses { get; private set; } = "";

    /// <summary>
    /// The next version of <paramref name="phase"/>'s documentation after <paramref name="latestVersion"/> (0 for the
    /// first), with one status for each focus area of <paramref name="plan"/> — the latest plan made for the phase or
    /// before it. Refused once the course has closed, before the phase has begun, without a plan, or when the statuses
    /// do not name the plan's focus areas each once.
    /// </summary>
    public static Outcome<PhaseDocument> Write(
        Guid id, TrackedCourse course, int phase, int latestVersion, (CtiPlanVersion Version, IReadOnlyList<FocusArea> FocusAreas)? plan,
        IReadOnlyList<FocusAreaStatus> statuses, string actor, DateTimeOffset now, DateOnly today)
    {
        if (course.PhaseOn(today) is not { } current)
        {
            return TrackingRefusal.CourseClosed;
        }

        if (phase > current)
        {
            return TrackingRefusal.PhaseNotReached;
        }

        if (plan is not { } documented)
        {
            return TrackingRefusal.NoPlanToDocument;
        }

        var themes = documented.FocusAreas.Select(a => a.Theme).Order().ToList();
        if (!statuses.Select(s => s.Theme).Order().SequenceEqual(themes))
        {
            return TrackingRefusal.StatusPerFocusArea;
        }

        return new PhaseDocument
        {
            Id = id, TenantId = course.TenantId, CourseId = course.Id, Phase = phase, Version = latestVersion + 1, PlanVersion = documented.Version.Version,
            WrittenAt = now, WrittenBy = actor,
        };
    }

    /// <summary>Keeps <paramref name="protectedStatuses"/>, the encrypted statuses, once the document is accepted.</summary>
    public void Keep(string protectedStatuses) => ProtectedStatuses = protectedStatuses;
}
