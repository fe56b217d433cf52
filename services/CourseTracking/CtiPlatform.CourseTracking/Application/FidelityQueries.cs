using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// Live fidelity, computed on read from what is recorded (decision 508): of one course (access-logged), of a worker's
/// running courses and of the municipality's. Nothing is decrypted: the facts judged are all kept in the clear.
/// </summary>
internal sealed class FidelityQueries(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, IAccessLog accessLog,
    IOptions<CourseTrackingOptions> options)
{
    /// <summary>How the access log names a course's fidelity (by course id).</summary>
    public const string Subject = "course-fidelity";

    /// <summary>One course's flags, or null when the caller may not see it; the read is logged.</summary>
    public async Task<CourseFlags?> CourseAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return (await FlagsAsync([course], ct))[0];
    }

    /// <summary>
    /// The running courses of <paramref name="workerId"/>, or null when the caller is neither that worker nor a team
    /// lead (a worker sees her own figures only).
    /// </summary>
    public async Task<IReadOnlyList<CourseFlags>?> WorkerAsync(string workerId, CancellationToken ct)
    {
        if (!caller.Roles.Contains(Roles.TeamLead) && caller.ActorId != workerId)
        {
            return null;
        }

        var running = await db.Courses.AsNoTracking().VisibleTo(caller, clock.Today)
            .Where(c => c.WorkerId == workerId && c.Stage != TrackingStage.Approved && c.Stage != TrackingStage.Closed).OrderBy(c => c.Id).ToListAsync(ct);
        return await FlagsAsync(running, ct);
    }

    /// <summary>Every running course of the municipality (for team leads; the policy sees to that).</summary>
    public async Task<IReadOnlyList<CourseFlags>> MunicipalityAsync(CancellationToken ct)
    {
        var running = await db.Courses.AsNoTracking().Where(c => c.Stage != TrackingStage.Approved && c.Stage != TrackingStage.Closed).OrderBy(c => c.Id).ToListAsync(ct);
        return await FlagsAsync(running, ct);
    }

    /// <summary>
    /// The flags of courses the caller already may see (the team lead's board), without logging: only codes, dates and
    /// numbers. One query per kind of record for all the courses at once, so a municipality's figures cost the same nine queries.
    /// </summary>
    public async Task<IReadOnlyList<CourseFlags>> FlagsAsync(IReadOnlyList<TrackedCourse> list, CancellationToken ct)
    {
        var ids = list.Select(c => c.Id).ToList();
        var plans = await db.PlanVersions.AsNoTracking().Where(v => ids.Contains(v.CourseId)).Select(v => new { v.CourseId, v.Phase }).Distinct().ToListAsync(ct);
        var scored = await db.CompassAssessments.AsNoTracking().Where(a => ids.Contains(a.CourseId))
            .Select(a => new { a.CourseId, a.Occasion, a.Respondent }).ToListAsync(ct);
        var ticks = await db.ChecklistTicks.AsNoTracking().Where(t => ids.Contains(t.CourseId)).Select(t => new { t.CourseId, t.Transition, t.ItemKey }).ToListAsync(ct);
        var handOver = await db.HandOverPlans.AsNoTracking().Where(p => ids.Contains(p.CourseId)).Select(p => new { p.CourseId, p.MeetingDates })
            .ToDictionaryAsync(p => p.CourseId, p => p.MeetingDates, ct);
        var documented = await db.PhaseDocuments.AsNoTracking().Where(d => ids.Contains(d.CourseId)).Select(d => new { d.CourseId, d.Phase }).Distinct().ToListAsync(ct);
        var held = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.CourseId) && m.Status == MeetingStatus.Held)
            .Select(m => new { m.CourseId, m.StartsAt, m.DurationMinutes }).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.CourseId))
            .Select(c => new { c.CourseId, StartsAt = c.OccurredAt, c.DurationMinutes }).ToListAsync(ct);
        var entries = held.Concat(contacts).ToLookup(e => e.CourseId, e => new ContactEntry(CopenhagenCalendar.DateAt(e.StartsAt), e.DurationMinutes));

        var planned = plans.ToLookup(p => p.CourseId, p => p.Phase);
        var scorings = scored.ToLookup(s => s.CourseId, s => (s.Occasion, s.Respondent));
        var ticked = ticks.ToLookup(t => (t.CourseId, t.Transition), t => t.ItemKey);
        var documents = documented.ToLookup(d => d.CourseId, d => d.Phase);
        var today = clock.Today;
        return list.Select(course =>
        {
            var facts = new FidelityFacts(
                planned[course.Id].ToHashSet(),
                scorings[course.Id].ToHashSet(),
                Enum.GetValues<ChecklistTransition>().ToDictionary(t => t, t => Progress(course, t, ticked[(course.Id, t)])),
                handOver.GetValueOrDefault(course.Id),
                documents[course.Id].ToHashSet(),
                ContactIntensity.Of(course, entries[course.Id], today));
            return new CourseFlags(course, CourseFidelity.Of(course, facts, today));
        }).ToList();
    }

    // Only ticks of items the list has count: an item a municipality has since removed from its settings no longer does.
    private ChecklistProgress Progress(TrackedCourse course, ChecklistTransition transition, IEnumerable<string> tickedKeys)
    {
        var items = MethodChecklists.For(transition, options.Value.For(course.TenantId).MunicipalChecklistItems).Select(i => i.Key).ToHashSet();
        return new ChecklistProgress(tickedKeys.Count(items.Contains), items.Count);
    }
}
