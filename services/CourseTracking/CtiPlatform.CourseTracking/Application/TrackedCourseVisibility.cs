using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// Who may see which course within a municipality (the tenant itself is enforced by the context and RLS): team
/// leads see all, a worker only those assigned to her, until her access ends after the course closed — the date the
/// lifecycle sends with <c>CourseClosed</c> (docs/decisions/409-worker-access-after-closure.md). Anything else is
/// simply absent, so callers answer 404; a caller without a subject sees nothing.
/// </summary>
internal static class TrackedCourseVisibility
{
    /// <param name="today">Today's Danish date, against which the worker's access after closure is judged.</param>
    public static IQueryable<TrackedCourse> VisibleTo(this IQueryable<TrackedCourse> courses, TenantContext caller, DateOnly today)
    {
        if (caller.Roles.Contains(Roles.TeamLead))
        {
            return courses;
        }

        // Never compare with a null subject: that is no worker, not every worker.
        return caller.ActorId is { } actor
            ? courses.Where(c => c.WorkerId == actor && (c.WorkerAccessEndsOn == null || c.WorkerAccessEndsOn > today))
            : courses.Where(_ => false);
    }

    /// <summary>
    /// The closed courses a worker worked whose record she no longer sees (her access ended): nothing for a team lead,
    /// who sees every course, or for a caller without a subject.
    /// </summary>
    public static IQueryable<TrackedCourse> AccessEndedFor(this IQueryable<TrackedCourse> courses, TenantContext caller, DateOnly today) =>
        !caller.Roles.Contains(Roles.TeamLead) && caller.ActorId is { } actor
            ? courses.Where(c => c.WorkerId == actor && c.WorkerAccessEndsOn != null && c.WorkerAccessEndsOn <= today)
            : courses.Where(_ => false);
}
