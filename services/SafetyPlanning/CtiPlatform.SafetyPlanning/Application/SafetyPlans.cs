using System.Text.Json;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Consumers;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// Writes and reads her safety plan, version by version (decision 604): a revision adds a version and moves the review
/// timer to its date; every read is access-logged.
/// </summary>
internal sealed class SafetyPlans(
    SafetyPlanningDbContext db,
    TenantContext caller,
    SafetyCourses courses,
    SafetyTimers timers,
    PersonalDataProtector protector,
    IAccessLog accessLog,
    TimeProvider time)
{
    /// <summary>How the access log names a course's safety plan.</summary>
    public const string Subject = "safety-plan";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Writes the next version. With <paramref name="basedOnVersion"/>, refused when that is no longer the current one; a
    /// simultaneous revision of the same version loses at the unique version number (409 <c>ConcurrentChange</c>, decision 608).
    /// </summary>
    public async Task<Outcome<ReadPlan>> WriteAsync(Guid courseId, SafetyPlanSections sections, DateOnly reviewOn, int? basedOnVersion, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is not { } course)
        {
            return Outcome<ReadPlan>.NotFound;
        }

        var previous = await db.SafetyPlanVersions.Where(v => v.CourseId == courseId).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        if (basedOnVersion is { } based && based != (previous?.Version ?? 0))
        {
            return SafetyRefusal.PlanVersionChanged;
        }

        await timers.CancelAsync(previous?.ReviewTokenId, ct);
        previous?.Supersede();
        var id = NewId.NextGuid();
        var version = SafetyPlanVersion.Write(
            id, courseId, course.TenantId, previous, protector.Protect(JsonSerializer.Serialize(sections, Json), SafetyCells.PlanSections(course.TenantId, id)),
            reviewOn, caller.ActorId!, time.GetUtcNow());
        version.ArmReview(timers.Arm(courseId, course.TenantId, SafetyTimerKind.PlanReview, reviewOn, reviewOn));
        db.SafetyPlanVersions.Add(version);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return new ReadPlan(version, sections);
    }

    /// <summary>The version <paramref name="number"/>, or the current one when null; null when the course or version is absent.</summary>
    public async Task<ReadPlan?> ReadAsync(Guid courseId, int? number, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is null)
        {
            return null;
        }

        var versions = db.SafetyPlanVersions.AsNoTracking().Where(v => v.CourseId == courseId);
        var version = number is { } n
            ? await versions.SingleOrDefaultAsync(v => v.Version == n, ct)
            : await versions.OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        var sections = JsonSerializer.Deserialize<SafetyPlanSections>(protector.Unprotect(version.SealedSections, SafetyCells.PlanSections(version.TenantId, version.Id)), Json);
        return new ReadPlan(version, sections!);
    }

    /// <summary>Every version, newest first, without their sections; null when the course is absent.</summary>
    public async Task<IReadOnlyList<SafetyPlanVersion>?> VersionsAsync(Guid courseId, CancellationToken ct) =>
        await courses.VisibleAsync(courseId, ct) is null
            ? null
            : await db.SafetyPlanVersions.AsNoTracking().Where(v => v.CourseId == courseId).OrderByDescending(v => v.Version).ToListAsync(ct);
}
