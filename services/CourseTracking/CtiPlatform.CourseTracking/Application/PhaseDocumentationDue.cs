using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// A phase that has begun is to be documented at its shift — into the next phase, or the end for phase 3 — until a
/// documentation of it is written (seed 003, decision 507).
/// </summary>
internal sealed class PhaseDocumentationDue(CourseTrackingDbContext db) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItem>> DueAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct)
    {
        var shifts = courses
            .SelectMany(c => new[]
            {
                (Course: c, Phase: 1, Began: c.Phase1StartDate, On: c.DateOf(ChecklistTransition.IntoPhase2)),
                (Course: c, Phase: 2, Began: c.Phase2StartDate, On: c.DateOf(ChecklistTransition.IntoPhase3)),
                (Course: c, Phase: 3, Began: c.Phase3StartDate, On: c.DateOf(ChecklistTransition.Closure)),
            })
            .Where(x => x.Began is not null && x.On is { } on && on <= until)
            .ToList();
        var ids = shifts.Select(x => x.Course.Id).Distinct().ToList();
        var documented = (await db.PhaseDocuments.AsNoTracking().Where(d => ids.Contains(d.CourseId)).Select(d => new { d.CourseId, d.Phase }).Distinct().ToListAsync(ct))
            .Select(d => (d.CourseId, d.Phase)).ToHashSet();
        return
        [
            .. shifts.Where(x => !documented.Contains((x.Course.Id, x.Phase)))
                .Select(x => new DueItem(x.Course.Id, DueKind.PhaseDocumentation, x.On!.Value, x.Phase.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ];
    }
}
