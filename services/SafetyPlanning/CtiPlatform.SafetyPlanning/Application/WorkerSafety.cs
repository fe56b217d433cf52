using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Protection;
using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.SafetyPlanning.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// The precautions for visiting her home (decision 605): recorded by her worker or a team lead, read by any worker of
/// the municipality who may visit, each read access-logged with the purpose <see cref="Purpose"/>.
/// </summary>
internal sealed class WorkerSafety(
    SafetyPlanningDbContext db,
    TenantContext caller,
    SafetyCourses courses,
    PersonalDataProtector protector,
    IAccessLog accessLog,
    TimeProvider time)
{
    /// <summary>How the access log names a course's visit precautions.</summary>
    public const string Subject = "visit-precautions";

    /// <summary>Why they are read: a substitute reads them for no case of her own, so the shared vocabulary's words do not say it.</summary>
    public const string Purpose = "home-visit-safety";

    public async Task<Outcome<ReadPrecautions>> ChangeAsync(
        Guid courseId, bool visitInPairs, bool meetElsewhere, bool knownDangerAtAddress, string? note, CancellationToken ct)
    {
        if (await courses.VisibleAsync(courseId, ct) is not { } course)
        {
            return Outcome<ReadPrecautions>.NotFound;
        }

        var precautions = await db.VisitPrecautions.SingleOrDefaultAsync(p => p.CourseId == courseId, ct);
        if (precautions is null)
        {
            precautions = VisitPrecautions.Record(courseId, course.TenantId);
            db.VisitPrecautions.Add(precautions);
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var sealedNote = trimmed is null ? null : protector.Protect(trimmed, SafetyCells.VisitNote(course.TenantId, courseId));
        precautions.Change(visitInPairs, meetElsewhere, knownDangerAtAddress, sealedNote, caller.ActorId!, time.GetUtcNow());
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.ForReader(caller));
        return new ReadPrecautions(courseId, precautions, trimmed);
    }

    /// <summary>The precautions, none recorded included; null when the caller may not visit her.</summary>
    public async Task<ReadPrecautions?> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.VisitableAsync(courseId, ct) is null)
        {
            return null;
        }

        var precautions = await db.VisitPrecautions.AsNoTracking().SingleOrDefaultAsync(p => p.CourseId == courseId, ct);
        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, Purpose);
        var note = precautions?.SealedNote is { } sealedNote ? protector.Unprotect(sealedNote, SafetyCells.VisitNote(precautions.TenantId, courseId)) : null;
        return new ReadPrecautions(courseId, precautions, note);
    }
}
