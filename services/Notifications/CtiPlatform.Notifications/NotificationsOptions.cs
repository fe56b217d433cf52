using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.Notifications;

/// <summary><c>NotificationsOptions:Defaults:{Key}</c> and <c>NotificationsOptions:Tenants:{code}:{Key}</c>.</summary>
public sealed class NotificationsOptions : TenantSettings<NotificationSettings>;
