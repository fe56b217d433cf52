using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Resources;

namespace CtiPlatform.Notifications.Api;

/// <summary>The names a reader sees next to a code, in the request's language (Danish by default).</summary>
internal static class NotificationLabels
{
    public static string Of(DeliveryState state) => Text($"State_{state}");

    public static string Of(DeliveryChannel channel) => Text($"Channel_{channel}");

    private static string Text(string key) =>
        NotificationTexts.ResourceManager.GetString(key) ?? throw new InvalidOperationException($"No label {key}.");
}
