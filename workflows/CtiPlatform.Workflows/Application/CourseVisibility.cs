using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Lifecycle;

namespace CtiPlatform.Workflows.Application;

/// <summary>
/// Who may see which course within a municipality (the tenant itself is enforced by the context and RLS): team
/// leads see all, a worker only those assigned to her. Anything else is simply absent, so callers answer 404.
/// </summary>
internal static class CourseVisibility
{
    public static IQueryable<CourseLifecycleState> VisibleTo(this IQueryable<CourseLifecycleState> courses, TenantContext caller)
    {
        if (caller.Roles.Contains(Roles.TeamLead))
        {
            return courses;
        }

        var actor = caller.ActorId;
        return courses.Where(c => c.WorkerId == actor);
    }
}
