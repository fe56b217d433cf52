using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>Registers whether she has children, which opens the plan's children theme (decision 504).</summary>
internal sealed class CourseChildren(TrackedCourseQueries courses, IAccessLog accessLog)
{
    public async Task<Outcome<TrackedCourse>> RegisterAsync(Guid courseId, bool hasChildren, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: true, ct) is not { } course)
        {
            return Outcome<TrackedCourse>.NotFound;
        }

        course.RegisterChildren(hasChildren);
        accessLog.Record(TrackedCourseQueries.Subject, courseId.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        return course;
    }
}
