using CtiPlatform.Persistence.Protection;

namespace CtiPlatform.Notifications.Application;

/// <summary>Where this service's protected values live, bound into their ciphertexts.</summary>
internal static class NotificationCells
{
    public static ProtectedCell Email(string tenantId, string workerId) => new(tenantId, "worker_preferences", "protected_email", workerId);

    public static ProtectedCell PhoneNumber(string tenantId, Guid courseId) => new(tenantId, "contact_profiles", "protected_number", courseId.ToString());

    public static ProtectedCell Message(string tenantId, Guid deliveryId) => new(tenantId, "deliveries", "protected_message", deliveryId.ToString());
}
