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
/// A course's documentation at the phase shifts: per phase, every version kept, the statuses encrypted at rest (decision
/// 507). Reads and writes are access-logged; nothing here saves.
/// </summary>
internal sealed class PhaseDocumentation(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, CtiPlans plans, PersonalDataProtector protector,
    IAccessLog accessLog)
{
    /// <summary>How the access log names a course's phase documentation (by course id).</summary>
    public const string Subject = "course-phase-documentation";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every documentation by phase, newest version first, or null when the caller may not see the course.</summary>
    public async Task<IReadOnlyList<WrittenDocument>?> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await OfAsync(course, ct);
    }

    /// <summary>As <see cref="ReadAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<IReadOnlyList<WrittenDocument>> OfAsync(TrackedCourse course, CancellationToken ct)
    {
        var courseId = course.Id;
        var documents = await db.PhaseDocuments.AsNoTracking().Where(d => d.CourseId == courseId)
            .OrderBy(d => d.Phase).ThenByDescending(d => d.Version).ToListAsync(ct);
        return documents.Select(d => new WrittenDocument(d, Statuses(d))).ToList();
    }

    /// <summary>A new documentation of <paramref name="phase"/>, of the latest plan made for that phase or before it.</summary>
    public async Task<Outcome<WrittenDocument>> WriteAsync(Guid courseId, int phase, IReadOnlyList<FocusAreaStatus> statuses, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<WrittenDocument>.NotFound;
        }

        var planVersion = await db.PlanVersions.AsNoTracking().Where(v => v.CourseId == courseId && v.Phase <= phase)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        var latest = await db.PhaseDocuments.Where(d => d.CourseId == courseId && d.Phase == phase).MaxAsync(d => (int?)d.Version, ct) ?? 0;
        var written = PhaseDocument.Write(
            Guid.CreateVersion7(), course, phase, latest, planVersion is null ? null : (planVersion, plans.FocusAreas(planVersion)),
            statuses, caller.ActorId!, clock.Now, clock.Today);
        if (written.Value is not { } document)
        {
            return written.Refusal!;
        }

        document.Keep(protector.Protect(JsonSerializer.Serialize(statuses, Json), Cell(document)));
        db.PhaseDocuments.Add(document);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return new WrittenDocument(document, statuses);
    }

    private IReadOnlyList<FocusAreaStatus> Statuses(PhaseDocument document) =>
        JsonSerializer.Deserialize<List<FocusAreaStatus>>(protector.Unprotect(document.ProtectedStatuses, Cell(document)), Json) ?? [];

    private static ProtectedCell Cell(PhaseDocument document) => new(document.TenantId, "phase_documents", "protected_statuses", document.Id.ToString());
}
