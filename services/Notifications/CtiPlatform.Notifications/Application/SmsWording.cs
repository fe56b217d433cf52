using System.Globalization;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Resources;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// The words of the SMS the day before a meeting: the neutral wording her profile chose, in her language, with only the
/// meeting's Danish local date and time filled in (decision 707).
/// </summary>
internal static class SmsWording
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Body(ContactProfile profile, DateTimeOffset startsAt)
    {
        var culture = profile.Language == SmsLanguage.English ? CultureInfo.GetCultureInfo("en") : CultureInfo.InvariantCulture;
        var text = NotificationTexts.ResourceManager.GetString($"Sms_{profile.Template}", culture)
            ?? throw new InvalidOperationException($"No SMS text {profile.Template}.");
        var local = TimeZoneInfo.ConvertTime(startsAt, Zone);
        return text
            .Replace("{date}", local.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{time}", local.ToString("HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
