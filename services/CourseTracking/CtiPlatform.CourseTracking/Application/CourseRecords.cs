using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// The course record as the lifecycle's consumers see it: any of its events may be the first to arrive (approval and
/// lifecycle come from two services), so each opens the record when it is missing.
/// </summary>
internal sealed class CourseRecords(CourseTrackingDbContext db)
{
    public async Task<TrackedCourse> OpenAsync(Guid courseId, string tenantId, string? workerId, CancellationToken ct)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            course = TrackedCourse.Open(courseId, tenantId, workerId);
            db.Courses.Add(course);
        }

        course.KnowWorker(workerId);
        return course;
    }
}
