using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// A course's four transition checklists, the method's items and the municipality's own, ticked with date and by whom
/// (decision 503). Reads and changes are access-logged; nothing here saves.
/// </summary>
internal sealed class Checklists(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, IAccessLog accessLog,
    IOptions<CourseTrackingOptions> options)
{
    /// <summary>How the access log names a course's checklists (by course id).</summary>
    public const string Subject = "course-checklists";

    /// <summary>Every transition's items with their ticks, or null when the caller may not see the course.</summary>
    public async Task<IReadOnlyList<(ChecklistTransition Transition, IReadOnlyList<(ChecklistItem Item, ChecklistTick? Tick)> Items)>?> ReadAsync(
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
    public async Task<IReadOnlyList<(ChecklistTransition Transition, IReadOnlyList<(ChecklistItem Item, ChecklistTick? Tick)> Items)>> OfAsync(TrackedCourse course, CancellationToken ct)
    {
        var courseId = course.Id;
        // Through the change tracker, so an answer after a tick or untick in this request shows it before the save.
        await db.ChecklistTicks.Where(t => t.CourseId == courseId).LoadAsync(ct);
        var ticks = db.ChecklistTicks.Local.Where(t => t.CourseId == courseId).ToList();
        return Enum.GetValues<ChecklistTransition>().Select(transition => (transition, Of(course, transition, ticks))).ToList();
    }

    /// <summary>Ticks an item on <paramref name="tickedOn"/> (today when null); ticking again records the new date and person.</summary>
    public async Task<Outcome<ChecklistItem>> TickAsync(Guid courseId, ChecklistTransition transition, string key, DateOnly? tickedOn, CancellationToken ct)
    {
        if (await FindAsync(courseId, transition, key, ct) is not { } found)
        {
            return Outcome<ChecklistItem>.NotFound;
        }

        var (course, item, tick) = found;
        var on = tickedOn ?? clock.Today;
        if (tick is not null)
        {
            if (tick.Retick(on, caller.ActorId!, clock.Today) is { } refusal)
            {
                return refusal;
            }
        }
        else
        {
            var ticked = ChecklistTick.Tick(course, item, on, caller.ActorId!, clock.Today);
            if (ticked.Value is null)
            {
                return ticked.Refusal!;
            }

            db.ChecklistTicks.Add(ticked.Value);
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return item;
    }

    public async Task<Outcome<ChecklistItem>> UntickAsync(Guid courseId, ChecklistTransition transition, string key, CancellationToken ct)
    {
        if (await FindAsync(courseId, transition, key, ct) is not { } found)
        {
            return Outcome<ChecklistItem>.NotFound;
        }

        if (found.Tick is { } tick)
        {
            db.ChecklistTicks.Remove(tick);
            accessLog.Record(Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        }

        return found.Item;
    }

    private IReadOnlyList<(ChecklistItem, ChecklistTick?)> Of(TrackedCourse course, ChecklistTransition transition, List<ChecklistTick> ticks) =>
        MethodChecklists.For(transition, options.Value.For(course.TenantId).MunicipalChecklistItems)
            .Select(item => (item, ticks.SingleOrDefault(t => t.Transition == transition && t.ItemKey == item.Key)))
            .ToList();

    private async Task<(TrackedCourse Course, ChecklistItem Item, ChecklistTick? Tick)?> FindAsync(
        Guid courseId, ChecklistTransition transition, string key, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        var item = MethodChecklists.For(transition, options.Value.For(course.TenantId).MunicipalChecklistItems).SingleOrDefault(i => i.Key == key);
        if (item is null)
        {
            return null;
        }

        var tick = await db.ChecklistTicks.SingleOrDefaultAsync(t => t.CourseId == courseId && t.Transition == transition && t.ItemKey == key, ct);
        return (course, item, tick);
    }
}
