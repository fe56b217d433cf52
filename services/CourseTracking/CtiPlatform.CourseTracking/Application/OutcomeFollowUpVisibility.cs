using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>
/// Who is shown a follow-up a year after closure: the municipality's team leads, and the worker who worked the course —
/// also after her access to the record ended (decision 409), because the task says only that a course she worked is due
/// its question (decision 511). Anything else is absent, so callers answer 404; a caller without a subject sees nothing.
/// </summary>
internal static class OutcomeFollowUpVisibility
{
    public static IQueryable<OutcomeFollowUp> VisibleTo(this IQueryable<OutcomeFollowUp> followUps, IQueryable<TrackedCourse> courses, TenantContext caller)
    {
        if (caller.Roles.Contains(Roles.TeamLead))
        {
            return followUps;
        }

        // Never compare with a null subject: that is no worker, not every worker.
        return caller.ActorId is { } actor
            ? followUps.Where(f => courses.Any(c => c.Id == f.CourseId && c.WorkerId == actor))
            : followUps.Where(_ => false);
    }
}
