using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Paging;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>Reads course records as the caller may see them; a read of one record is access-logged.</summary>
internal sealed class TrackedCourseQueries(CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, IAccessLog accessLog)
{
    /// <summary>How the access log names a course record and what is read inside it.</summary>
    public const string Subject = "tracked-course";

    public Task<Page<TrackedCourse>> ListAsync(TrackingStage? stage, PageRequest page, CancellationToken ct)
    {
        var courses = db.Courses.AsNoTracking().VisibleTo(caller, clock.Today);
        if (stage is { } wanted)
        {
            courses = courses.Where(c => c.Stage == wanted);
        }

        return courses.ToPageAsync(c => c.Id, page, ct);
    }

    /// <summary>One record, or null when the caller may not see it; the read is logged.</summary>
    public async Task<TrackedCourse?> ReadAsync(Guid id, CancellationToken ct)
    {
        var course = await FindAsync(id, tracked: false, ct);
        if (course is not null)
        {
            accessLog.Record(Subject, id.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        }

        return course;
    }

    /// <summary>The record when the caller may see it, without logging: for the use cases inside it, which log what they read or change.</summary>
    public Task<TrackedCourse?> FindAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var courses = tracked ? db.Courses : db.Courses.AsNoTracking();
        return courses.VisibleTo(caller, clock.Today).SingleOrDefaultAsync(c => c.Id == id, ct);
    }
}
