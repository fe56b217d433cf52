using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// One course's whole page of data in one request (decision 517): the record is found once as the caller may see it,
/// the read is logged once, and each section is read by its own query — the same code as its own endpoint, so the page
/// shows exactly what the sections show (the network's consent rule included).
/// </summary>
internal sealed class CoursePages(
    TenantContext caller, TrackedCourseQueries courses, MeetingQueries meetings, Checklists checklists, CtiPlans plans, ChangeCompass compass,
    PhaseDocumentation documentation, HandOverPlans handOver, CourseNetwork network, FidelityQueries fidelity, IAccessLog accessLog)
{
    /// <summary>How the access log names a read of the whole course page (by course id).</summary>
    public const string Subject = "course-page";

    /// <summary>The page, or null when the caller may not see the course.</summary>
    public async Task<CoursePage?> ReadAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(Subject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));

        // One after the other: the sections share the request's context and transaction.
        return new CoursePage(
            course,
            await meetings.MeetingsOfAsync(course, ct),
            await meetings.ContactsOfAsync(course, ct),
            await meetings.IntensityOfAsync(course, ct),
            await checklists.OfAsync(course, ct),
            (await plans.OfAsync(course, ct)).Versions,
            await compass.OfAsync(course, ct),
            await documentation.OfAsync(course, ct),
            await handOver.OfAsync(course, ct),
            await network.OfAsync(course, ct),
            (await fidelity.FlagsAsync([course], ct))[0]);
    }
}
