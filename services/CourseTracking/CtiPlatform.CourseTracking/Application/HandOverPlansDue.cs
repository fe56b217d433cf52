using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// In phase 3 the hand-over meetings are due a month before the planned end ("senest en måned før", decision 506)
/// until the hand-over plan names at least one.
/// </summary>
internal sealed class HandOverPlansDue(CourseTrackingDbContext db) : IDueItemSource
{
    /// <summary>The reference of the one hand-over plan of a course.</summary>
    public const string Reference = "hand-over-plan";

    public async Task<IReadOnlyList<DueItem>> DueAsync(IReadOnlyList<TrackedCourse> courses, DateOnly until, CancellationToken ct)
    {
        var candidates = courses
            .Where(c => c.Stage == TrackingStage.Phase3 && HandOverPlan.MeetingsDeadline(c) is { } deadline && deadline <= until)
            .ToList();
        var ids = candidates.Select(c => c.Id).ToList();
        var withMeetings = (await db.HandOverPlans.AsNoTracking().Where(p => ids.Contains(p.CourseId)).Select(p => new { p.CourseId, p.MeetingDates }).ToListAsync(ct))
            .Where(p => p.MeetingDates.Count > 0).Select(p => p.CourseId).ToHashSet();
        return
        [
            .. candidates.Where(c => !withMeetings.Contains(c.Id))
                .Select(c => new DueItem(c.Id, DueKind.HandOverMeetings, HandOverPlan.MeetingsDeadline(c)!.Value, Reference)),
        ];
    }
}
