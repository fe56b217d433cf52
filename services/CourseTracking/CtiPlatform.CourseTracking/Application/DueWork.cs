using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// What is due on the courses the caller may see, gathered from every <see cref="IDueItemSource"/>: a worker's week
/// (Monday to Sunday, Danish dates) and what is overdue, and the team lead's board of all open courses (decision 515).
/// Only ids, codes and dates: nothing here is about her, so nothing is access-logged.
/// </summary>
internal sealed class DueWork(
    CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, IEnumerable<IDueItemSource> sources, FollowUpsDue followUps, FidelityQueries fidelity)
{
    /// <summary>The caller's courses (a team lead may narrow them to one worker's): due this week from today, and overdue.</summary>
    public async Task<DueWeek> WeekAsync(string? workerId, CancellationToken ct)
    {
        var today = clock.Today;
        var courses = db.Courses.AsNoTracking().VisibleTo(caller, today);
        var accessEnded = db.Courses.AsNoTracking().AccessEndedFor(caller, today);
        if (workerId is not null)
        {
            courses = courses.Where(c => c.WorkerId == workerId);
            accessEnded = accessEnded.Where(c => c.WorkerId == workerId);
        }

        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weekEnd = weekStart.AddDays(6);
        var items = await CollectAsync(await courses.ToListAsync(ct), weekEnd, ct);

        // The follow-up a year on stays the task of the worker who worked the course after her access to its record
        // ended (decisions 511, 518); only that source is asked about those courses, so nothing else of them is listed.
        items = [.. items.Concat(await followUps.DueAsync(await accessEnded.ToListAsync(ct), weekEnd, ct))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ThenBy(i => i.CourseId)];
        return new DueWeek(today, weekStart, weekEnd, [.. items.Where(i => i.DueOn >= today)], [.. items.Where(i => i.DueOn < today)]);
    }

    /// <summary>Every open course with what is overdue on it and its fidelity flags, the next transition first.</summary>
    public async Task<IReadOnlyList<(TrackedCourse Course, IReadOnlyList<DueItem> Overdue, IReadOnlyList<FidelityFlag> Flags)>> BoardAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var open = await db.Courses.AsNoTracking().VisibleTo(caller, today).Where(c => c.Stage != TrackingStage.Closed).ToListAsync(ct);
        var overdue = (await CollectAsync(open, today.AddDays(-1), ct)).ToLookup(i => i.CourseId);
        var flags = (await fidelity.FlagsAsync(open, ct)).ToDictionary(f => f.Course.Id, f => f.Flags);
        return
        [
            .. open.OrderBy(c => c.Next() is { } next ? c.DateOf(next) ?? DateOnly.MaxValue : DateOnly.MaxValue).ThenBy(c => c.Id)
                .Select(c => (c, (IReadOnlyList<DueItem>)[.. overdue[c.Id]], flags[c.Id])),
        ];
    }

    private async Task<List<DueItem>> CollectAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct)
    {
        var items = new List<DueItem>();
        if (courses.Count == 0)
        {
            return items;
        }

        foreach (var source in sources)
        {
            items.AddRange(await source.DueAsync(courses, until, ct));
        }

        return [.. items.OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ThenBy(i => i.CourseId)];
    }
}
