using System.Globalization;
using System.Text.RegularExpressions;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Resources;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// The words of a reminder: its title in the reader's language, and the e-mail in Danish from the shipped templates
/// (Resources/NotificationTexts.resx, <c>EmailSubject</c> and <c>EmailBody_*</c>). A template names only the reminder's
/// key date, phase and course id; nothing about her exists here to be named.
/// </summary>
internal static partial class ReminderWording
{
    private static readonly CultureInfo Danish = CultureInfo.InvariantCulture;

    public static string Title(ReminderKind kind, CultureInfo? culture = null) => Text($"Kind_{kind}", culture);

    public static EmailMessage Email(string to, Reminder reminder)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Title(reminder.Kind, Danish),
            ["date"] = reminder.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["phase"] = reminder.Phase?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["course"] = reminder.CourseId.ToString(),
        };
        return new EmailMessage(to, Render(Text("EmailSubject", Danish), values), Render(Text($"EmailBody_{reminder.Kind}", Danish), values));
    }

    private static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    private static string Text(string key, CultureInfo? culture) =>
        NotificationTexts.ResourceManager.GetString(key, culture) ?? throw new InvalidOperationException($"No text {key}.");

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
