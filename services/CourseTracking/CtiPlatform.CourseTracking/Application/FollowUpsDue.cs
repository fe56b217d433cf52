using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// The question a year after closure, due from its date until answered (decision 511); listed also to the worker whose
/// access to the record has ended (decision 518).
/// </summary>
internal sealed class FollowUpsDue(CourseTrackingDbContext db) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItem>> DueAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct)
    {
        var ids = courses.Where(c => c.Stage == TrackingStage.Closed).Select(c => c.Id).ToList();
        var due = await db.OutcomeFollowUps.AsNoTracking()
            .Where(f => ids.Contains(f.CourseId) && f.AnsweredAt == null && f.DueOn <= until)
            .Select(f => new { f.CourseId, f.DueOn })
            .ToListAsync(ct);
        return [.. due.Select(f => new DueItem(f.CourseId, DueKind.FollowUp, f.DueOn, f.CourseId.ToString()))];
    }
}
