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

    /// <summary>
    /// Who may visit her home and so must see its precautions (decision 605): a team lead, and every CTI worker of the
    /// municipality while the course runs, since any of them may stand in for her worker; after closure only those who
    /// see the course anyway.
    /// </summary>
    public static IQueryable<SafetyCourse> VisitableBy(this IQueryable<SafetyCourse> courses, TenantContext caller, DateOnly today) =>
        caller.Roles.Contains(Roles.TeamLead) ? courses
        : caller.Roles.Contains(Roles.CtiWorker) && caller.ActorId is not null ? courses.Where(c => c.ClosedOn == null || c.WorkerId == caller.ActorId && (c.WorkerAccessEndsOn == null || c.WorkerAccessEndsOn > today))
        : courses.Where(_ => false);

    /// <summary>Only the course's own worker, whatever other role she also holds: the protected address is hers alone to open.</summary>
    public static IQueryable<SafetyCourse> AssignedTo(this IQueryable<SafetyCourse> courses, TenantContext caller, DateOnly today) =>
        caller.ActorId is { } actor
            ? courses.Where(c => c.WorkerId == actor && (c.WorkerAccessEndsOn == null || c.WorkerAccessEndsOn > today))
            : courses.Where(_ => false);
}
