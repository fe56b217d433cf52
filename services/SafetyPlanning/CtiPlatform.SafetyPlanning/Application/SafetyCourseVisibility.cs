using CtiPlatform.SafetyPlanning.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>
/// Who may see which course's safety within a municipality (the tenant itself is enforced by the context and RLS): team
/// leads see all, a worker only those assigned to her until her access ends after closure (decision 409). Anything else
/// is absent, so callers answer 404; a caller without a subject sees nothing.
/// </summary>
internal static class SafetyCourseVisibility
{
    public static IQueryable<SafetyCourse> VisibleTo(this IQueryable<SafetyCourse> courses, TenantContext caller, DateOnly today) =>
        caller.Roles.Contains(Roles.TeamLead) ? courses : courses.AssignedTo(caller, today);

    /// <summary>Only the course's own worker, whatever other role she also holds: the protected address is hers alone to open.</summary>
    public static IQueryable<SafetyCourse> AssignedTo(this IQueryable<SafetyCourse> courses, TenantContext caller, DateOnly today) =>
        caller.ActorId is { } actor
            ? courses.Where(c => c.WorkerId == actor && (c.WorkerAccessEndsOn == null || c.WorkerAccessEndsOn > today))
            : courses.Where(_ => false);
}
