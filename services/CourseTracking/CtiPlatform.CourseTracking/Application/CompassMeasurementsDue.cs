using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>Announced compass measurements until both she and her worker have scored the occasion (decision 505).</summary>
internal sealed class CompassMeasurementsDue(CourseTrackingDbContext db) : IDueItemSource
{
    private static readonly int Respondents = Enum.GetValues<CompassRespondent>().Length;

    public async Task<IReadOnlyList<DueItem>> DueAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct)
    {
        var ids = courses.Where(c => c.Stage != TrackingStage.Closed).Select(c => c.Id).ToList();
        var due = await db.CompassDue.AsNoTracking()
            .Where(d => ids.Contains(d.CourseId) && d.DueOn <= until
                && db.CompassAssessments.Count(a => a.CourseId == d.CourseId && a.Occasion == d.Occasion) < Respondents)
            .Select(d => new { d.CourseId, d.Occasion, d.DueOn })
            .ToListAsync(ct);
        return [.. due.Select(d => new DueItem(d.CourseId, DueKind.CompassMeasurement, d.DueOn, d.Occasion.ToString()))];
    }
}
