using CtiPlatform.Notifications.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// Who may see which course's contact profile within a municipality (the tenant itself is enforced by the context and
/// RLS): team leads read all, a worker only those assigned to her until her access ends after closure (decision 409).
/// Anything else is absent, so callers answer 404; a caller without a subject sees nothing.
/// </summary>
internal static class NotificationCourseVisibility
{
    public static IQueryable<NotificationCourse> VisibleTo(this IQueryable<NotificationCourse> courses, TenantContext caller, DateOnly today) =>
        caller.Roles.Contains(Roles.TeamLead) ? courses : courses.AssignedTo(caller, today);

    /// <summary>Only the course's own worker, whatever other role she also holds: the profile is recorded with her, by her worker.</summary>
    public static IQueryable<NotificationCourse> AssignedTo(this IQueryable<NotificationCourse> courses, TenantContext caller, DateOnly today) =>
        caller.ActorId is { } actor
            ? courses.Where(c => c.WorkerId == actor && (c.WorkerAccessEndsOn == null || c.WorkerAccessEndsOn > today))
            : courses.Where(_ => false);
}
