using System.Text.Json;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// A course's CTI plan: every version kept, the latest current (decision 504); the focus areas encrypted at rest. Reads
/// and revisions are access-logged; nothing here saves.
/// </summary>
internal sealed class CtiPlans(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, PersonalDataProtector protector, IAccessLog accessLog)
{
    /// <summary>How the access log names a course's plan (by course id).</summary>
    public const string Subject = "course-plan";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The course and its plan versions, newest first, or null when the caller may not see the course.</summary>
    public async Task<(TrackedCourse Course, IReadOnlyList<(CtiPlanVersion Version, IReadOnlyList<FocusArea> FocusAreas)> Versions)?> ReadAsync(
        Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await OfAsync(course, ct);
    }

    /// <summary>As <see cref="ReadAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<(TrackedCourse Course, IReadOnlyList<(CtiPlanVersion Version, IReadOnlyList<FocusArea> FocusAreas)> Versions)> OfAsync(TrackedCourse course, CancellationToken ct)
    {
        var courseId = course.Id;
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.CourseId == courseId).OrderByDescending(v => v.Version).ToListAsync(ct);
        return (course, versions.Select(v => (v, FocusAreas(v))).ToList());
    }

    /// <summary>A new version of the plan, for the phase the course is in today.</summary>
    public async Task<Outcome<CtiPlanVersion>> ReviseAsync(Guid courseId, IReadOnlyList<FocusArea> focusAreas, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<CtiPlanVersion>.NotFound;
        }

        var latest = await db.PlanVersions.Where(v => v.CourseId == courseId).MaxAsync(v => (int?)v.Version, ct) ?? 0;
        var revised = CtiPlanVersion.Revise(Guid.CreateVersion7(), course, latest, focusAreas, caller.ActorId!, clock.Now, clock.Today);
        if (revised.Value is { } version)
        {
            version.Keep(protector.Protect(JsonSerializer.Serialize(focusAreas, Json), Cell(version)));
            db.PlanVersions.Add(version);
            accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        }

        return revised;
    }

    public IReadOnlyList<FocusArea> FocusAreas(CtiPlanVersion version) =>
        JsonSerializer.Deserialize<List<FocusArea>>(protector.Unprotect(version.ProtectedContent, Cell(version)), Json) ?? [];

    private static ProtectedCell Cell(CtiPlanVersion version) => new(version.TenantId, "cti_plan_versions", "protected_content", version.Id.ToString());
}
