using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// A transition's checklist is due on the transition's date and stays due until every item, the method's and the
/// municipality's own, is ticked (decision 503): the manual asks for them at the transition, not before.
/// </summary>
internal sealed class ChecklistsDue(CourseTrackingDbContext db, IOptions<CourseTrackingOptions> options) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItem>> DueAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct)
    {
        var candidates = courses
            .SelectMany(c => Enum.GetValues<ChecklistTransition>().Select(t => (Course: c, Transition: t, On: c.DateOf(t))))
            .Where(x => x.On is { } on && on <= until)
            .ToList();
        var ids = candidates.Select(x => x.Course.Id).Distinct().ToList();
        var ticked = await db.ChecklistTicks.AsNoTracking()
            .Where(t => ids.Contains(t.CourseId))
            .Select(t => new { t.CourseId, t.Transition, t.ItemKey })
            .ToListAsync(ct);
        var tickedKeys = ticked.ToLookup(t => (t.CourseId, t.Transition), t => t.ItemKey);
        return
        [
            .. candidates
                .Where(x => MethodChecklists.For(x.Transition, options.Value.For(x.Course.TenantId).MunicipalChecklistItems)
                    .Any(item => !tickedKeys[(x.Course.Id, x.Transition)].Contains(item.Key)))
                .Select(x => new DueItem(x.Course.Id, DueKind.Checklist, x.On!.Value, x.Transition.ToString())),
        ];
    }
}
