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
/// A course's hand-over plan, its content encrypted at rest and bound to the course's row (decision 506). Reads and
/// saves are access-logged; nothing here saves.
/// </summary>
internal sealed class HandOverPlans(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, PersonalDataProtector protector, IAccessLog accessLog)
{
    /// <summary>How the access log names a course's hand-over plan (by course id).</summary>
    public const string Subject = "course-hand-over-plan";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The course and its plan (if made), or null when the caller may not see the course.</summary>
    public async Task<HandOverRecord?> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await OfAsync(course, ct);
    }

    /// <summary>As <see cref="ReadAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<HandOverRecord> OfAsync(TrackedCourse course, CancellationToken ct)
    {
        var courseId = course.Id;
        var plan = await db.HandOverPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CourseId == courseId, ct);
        return new HandOverRecord(course, plan, plan is null ? null : Content(plan));
    }

    /// <summary>The plan as it now stands: the last save wins (decision 506).</summary>
    public async Task<Outcome<HandOverRecord>> SaveAsync(Guid courseId, HandOverContent content, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return Outcome<HandOverRecord>.NotFound;
        }

        var existing = await db.HandOverPlans.SingleOrDefaultAsync(p => p.CourseId == courseId, ct);
        var saved = HandOverPlan.Save(course, existing, content.Meetings.Select(m => m.Date), caller.ActorId!, clock.Now, clock.Today);
        if (saved.Value is not { } plan)
        {
            return saved.Refusal!;
        }

        plan.Keep(protector.Protect(JsonSerializer.Serialize(content, Json), Cell(plan)));
        if (existing is null)
        {
            db.HandOverPlans.Add(plan);
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return new HandOverRecord(course, plan, content);
    }

    private HandOverContent Content(HandOverPlan plan) =>
        JsonSerializer.Deserialize<HandOverContent>(protector.Unprotect(plan.ProtectedContent, Cell(plan)), Json)!;

    private static ProtectedCell Cell(HandOverPlan plan) => new(plan.TenantId, "hand_over_plans", "protected_content", plan.CourseId.ToString());
}
