using System.Globalization;
using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Resources;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// The words of a reminder: its title in the reader's language, and the e-mail in Danish from the municipality's
/// template or else the shipped default (Resources/NotificationTexts.resx, <c>EmailSubject</c> and <c>EmailBody_*</c>).
/// A template names only the reminder's title, key date, phase and course id; nothing about her exists here to be named.
/// </summary>
internal static class ReminderWording
{
    public static readonly CultureInfo Danish = CultureInfo.InvariantCulture;

    public static string Title(ReminderKind kind, CultureInfo? culture = null) => Text($"Kind_{kind}", culture);

    public static string DefaultSubject => Text("EmailSubject", Danish);

    public static string DefaultBody(ReminderKind kind) => Text($"EmailBody_{kind}", Danish);

    public static EmailMessage Email(string to, Reminder reminder, EmailTemplate? template) =>
        Compose(to, reminder, template?.Subject ?? DefaultSubject, template?.Body ?? DefaultBody(reminder.Kind));

    /// <summary>A daily digest listing its first reminder's title: titles only, never a course, date or anything about her.</summary>
    public static EmailMessage Digest(string to, string title) =>
        new(to, Text("DigestSubject", Danish), Text("DigestIntro", Danish) + "\n\n- " + title);

    /// <summary>The digest with one more reminder's title.</summary>
    public static EmailMessage AddToDigest(EmailMessage digest, string title) => digest with { Body = digest.Body + "\n- " + title };

    /// <summary>The e-mail <paramref name="subject"/> and <paramref name="body"/> give for <paramref name="reminder"/>.</summary>
    public static EmailMessage Compose(string to, Reminder reminder, string subject, string body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Title(reminder.Kind, Danish),
            ["date"] = reminder.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["phase"] = reminder.Phase?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["course"] = reminder.CourseId.ToString(),
        };
        return new EmailMessage(to, EmailTemplate.Render(subject, values), EmailTemplate.Render(body, values));
    }

    private static string Text(string key, CultureInfo? culture) =>
        NotificationTexts.ResourceManager.GetString(key, culture) ?? throw new InvalidOperationException($"No text {key}.");
}
