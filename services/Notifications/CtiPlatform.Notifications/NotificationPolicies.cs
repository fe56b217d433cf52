using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Notifications;

/// <summary>The notification service's own policies, declared by <see cref="NotificationsExtensions.AddNotifications"/>.</summary>
public static class NotificationPolicies
{
    /// <summary>Workers and team leads each read their own inbox, deliveries and preferences.</summary>
    public const string Recipients = "notification-recipients";

    internal static void Add(IServiceCollection services) => services.AddRolePolicy(Recipients, Roles.CtiWorker, Roles.TeamLead);
}
