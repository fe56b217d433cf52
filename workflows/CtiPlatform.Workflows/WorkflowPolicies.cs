using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Workflows;

/// <summary>The authorization policies of the courses API, declared by <see cref="WorkflowsExtensions.AddWorkflows"/>.</summary>
public static class WorkflowPolicies
{
    /// <summary>The people who work a course: the CTI worker and the team lead.</summary>
    public const string CourseStaff = "course-staff";

    internal static void Add(IServiceCollection services) => services.AddRolePolicy(CourseStaff, Roles.CtiWorker, Roles.TeamLead);
}
