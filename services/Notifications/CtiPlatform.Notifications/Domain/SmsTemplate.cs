namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// The neutral SMS wordings a contact profile chooses from (docs/decisions/707-neutral-sms-wording.md): no organisation,
/// address, topic or link, and only the meeting's date and time filled in. The texts, Danish and English, are in
/// Resources/NotificationTexts.resx under <c>Sms_</c> and the key.
/// </summary>
public static class SmsTemplate
{
    /// <summary>"Husk vores aftale i morgen {date} kl. {time}."</summary>
    public const string Appointment = "appointment";

    /// <summary>"Vi ses i morgen {date} kl. {time}."</summary>
    public const string SeeYou = "see-you";

    /// <summary>"I morgen {date} kl. {time}."</summary>
    public const string DateOnly = "date-only";

    public static readonly IReadOnlyList<string> Keys = [Appointment, SeeYou, DateOnly];
}
