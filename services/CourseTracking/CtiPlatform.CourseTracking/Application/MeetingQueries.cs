using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>A course's meetings, contacts and contact intensity, as the caller may see them; each read is access-logged.</summary>
internal sealed class MeetingQueries(CourseTrackingDbContext db, TenantContext caller, TrackingClock clock, TrackedCourseQueries courses, IAccessLog accessLog)
{
    /// <summary>How the access log names a course's meetings (by course id).</summary>
    public const string MeetingsSubject = "course-meetings";

    /// <summary>How the access log names a course's unplanned contacts (by course id).</summary>
    public const string ContactsSubject = "course-contacts";

    /// <summary>The course's meetings in time order, or null when the caller may not see the course.</summary>
    public async Task<IReadOnlyList<Meeting>?> MeetingsAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(MeetingsSubject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await MeetingsOfAsync(course, ct);
    }

    /// <summary>As <see cref="MeetingsAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<IReadOnlyList<Meeting>> MeetingsOfAsync(TrackedCourse course, CancellationToken ct) =>
        await db.Meetings.AsNoTracking().Where(m => m.CourseId == course.Id).OrderBy(m => m.StartsAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Contact>?> ContactsAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(ContactsSubject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return await ContactsOfAsync(course, ct);
    }

    /// <summary>As <see cref="ContactsAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<IReadOnlyList<Contact>> ContactsOfAsync(TrackedCourse course, CancellationToken ct) =>
        await db.Contacts.AsNoTracking().Where(c => c.CourseId == course.Id).OrderBy(c => c.OccurredAt).ToListAsync(ct);

    /// <summary>Time spent with her per period (held meetings and contacts), against the method's falling intensity.</summary>
    public async Task<(TrackedCourse Course, IReadOnlyList<IntensityPeriod> Periods)?> IntensityAsync(Guid courseId, CancellationToken ct)
    {
        if (await courses.FindAsync(courseId, tracked: false, ct) is not { } course)
        {
            return null;
        }

        accessLog.Record(MeetingsSubject, courseId.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        return (course, await IntensityOfAsync(course, ct));
    }

    /// <summary>As <see cref="IntensityAsync"/>, of a course the caller may see, without logging: for the course page, which logs its one read (decision 517).</summary>
    public async Task<IReadOnlyList<IntensityPeriod>> IntensityOfAsync(TrackedCourse course, CancellationToken ct)
    {
        var held = await db.Meetings.AsNoTracking().Where(m => m.CourseId == course.Id && m.Status == MeetingStatus.Held)
            .Select(m => new { m.StartsAt, m.DurationMinutes }).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.CourseId == course.Id)
            .Select(c => new { StartsAt = c.OccurredAt, c.DurationMinutes }).ToListAsync(ct);
        var entries = held.Concat(contacts).Select(e => new ContactEntry(CopenhagenCalendar.DateAt(e.StartsAt), e.DurationMinutes));
        return ContactIntensity.Of(course, entries, clock.Today);
    }
}
