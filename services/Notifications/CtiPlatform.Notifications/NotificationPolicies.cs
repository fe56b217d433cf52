using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Notifications;

/// <summary>The notification service's own policies, declared by <see cref="NotificationsExtensions.AddNotifications"/>.</summary>
public static class NotificationPolicies
{
    /// <summary>Workers and team leads each read their own inbox, deliveries and preferences.</summary>
    public const string Recipients = "notification-recipients";

    /// <summary>Workers and team leads reach a course's contact profile; which course is decided by assignment, per request.</summary>
    public const string CourseStaff = "notification-course-staff";

    internal static void Add(IServiceCollection services)
    {
        services.AddRolePolicy(Recipients, Roles.CtiWorker, Roles.TeamLead);
        services.AddRolePolicy(CourseStaff, Roles.CtiWorker, Roles.TeamLead);
    }
}
