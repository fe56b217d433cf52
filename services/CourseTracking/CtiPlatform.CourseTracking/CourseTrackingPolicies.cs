using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.CourseTracking;

/// <summary>The authorization policies of the course tracking API, declared by <see cref="CourseTrackingExtensions.AddCourseTracking"/>.</summary>
public static class CourseTrackingPolicies
{
    /// <summary>The people who work a course: the CTI worker and the team lead.</summary>
    public const string CourseStaff = "tracking-course-staff";

    internal static void Add(IServiceCollection services) => services.AddRolePolicy(CourseStaff, Roles.CtiWorker, Roles.TeamLead);
}
