using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.CourseTracking;

/// <summary>The authorization policies of the course tracking API, declared by <see cref="CourseTrackingExtensions.AddCourseTracking"/>.</summary>
public static class CourseTrackingPolicies
{
    /// <summary>The people who work a course: the CTI worker and the team lead.</summary>
    public const string CourseStaff = "tracking-course-staff";

    /// <summary>The municipality's team leads: the board of every open course and the outcome figures over all its courses.</summary>
    public const string TeamLeads = "tracking-team-leads";

    internal static void Add(IServiceCollection services)
    {
        services.AddRolePolicy(CourseStaff, Roles.CtiWorker, Roles.TeamLead);
        services.AddRolePolicy(TeamLeads, Roles.TeamLead);
    }
}
