using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>Planned meetings on their Danish day; one that has begun stays due until the worker records how it went.</summary>
internal sealed class MeetingsDue(CourseTrackingDbContext db) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItem>> DueAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct)
    {
        var ids = courses.Select(c => c.Id).ToList();
        var before = CopenhagenCalendar.StartOf(until.AddDays(1));
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.CourseId) && m.Status == MeetingStatus.Planned && m.StartsAt < before)
            .Select(m => new { m.Id, m.CourseId, m.StartsAt })
            .ToListAsync(ct);
        return [.. meetings.Select(m => new DueItem(m.CourseId, DueKind.Meeting, CopenhagenCalendar.DateAt(m.StartsAt), m.Id.ToString()))];
    }
}
