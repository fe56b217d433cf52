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
/// A course's change compass: her and her worker's scorings, encrypted at rest, and the measurements due (decision
/// 505). Reads and scorings are access-logged; nothing here saves.
/// </summary>
internal sealed class ChangeCompass(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, PersonalDataProtector protector, IAccessLog accessLog)
{
    /// <summary>How the access log names a course's compass (by course id).</summary>
    public const string Subject = "course-compass";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The course's scorings in the order of the course and the measurements due, or null when the caller may not see the course.</summary>
    public async Task<CompassRecord?> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await OfAsync(course, ct);
    }

    /// <summary>As <see cref="ReadAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<CompassRecord> OfAsync(TrackedCourse course, CancellationToken ct)
    {
        var courseId = course.Id;
        var assessments = await db.CompassAssessments.AsNoTracking().Where(a => a.CourseId == courseId).ToListAsync(ct);
        var due = await db.CompassDue.AsNoTracking().Where(d => d.CourseId == courseId).ToListAsync(ct);
        return new CompassRecord(
            course,
            assessments.OrderBy(a => a.Occasion).ThenBy(a => a.Respondent).Select(a => new ScoredAssessment(a, Scores(a))).ToList(),
            due.OrderBy(d => d.Occasion).ToList());
    }

    /// <summary>Her or her worker's scores for <paramref name="occasion"/>; scoring an occasion again corrects it.</summary>
    public async Task<Outcome<ScoredAssessment>> RecordAsync(
        Guid courseId, CompassOccasion occasion, CompassRespondent respondent, DateOnly assessedOn, IReadOnlyDictionary<CompassDimension, int> scores, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<ScoredAssessment>.NotFound;
        }

        var existing = await db.CompassAssessments.SingleOrDefaultAsync(a => a.CourseId == courseId && a.Occasion == occasion && a.Respondent == respondent, ct);
        var recorded = CompassAssessment.Record(Guid.CreateVersion7(), course, existing, occasion, respondent, assessedOn, caller.ActorId!, clock.Now, clock.Today);
        if (recorded.Value is not { } assessment)
        {
            return recorded.Refusal!;
        }

        assessment.Keep(protector.Protect(JsonSerializer.Serialize(scores, Json), Cell(assessment)));
        if (existing is null)
        {
            db.CompassAssessments.Add(assessment);
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return new ScoredAssessment(assessment, scores);
    }

    /// <summary>The lifecycle said <paramref name="occasion"/> is due on <paramref name="dueOn"/>; a later notice moves the date.</summary>
    public async Task RecordDueAsync(TrackedCourse course, CompassOccasion occasion, DateOnly dueOn, CancellationToken ct)
    {
        if (await db.CompassDue.SingleOrDefaultAsync(d => d.CourseId == course.Id && d.Occasion == occasion, ct) is { } due)
        {
            due.Move(dueOn);
        }
        else
        {
            db.CompassDue.Add(CompassDue.Raise(course, occasion, dueOn));
        }
    }

    /// <summary>The decrypted scores of one scoring.</summary>
    public IReadOnlyDictionary<CompassDimension, int> Scores(CompassAssessment assessment) =>
        JsonSerializer.Deserialize<Dictionary<CompassDimension, int>>(protector.Unprotect(assessment.ProtectedScores, Cell(assessment)), Json) ?? [];

    private static ProtectedCell Cell(CompassAssessment assessment) => new(assessment.TenantId, "compass_assessments", "protected_scores", assessment.Id.ToString());
}
