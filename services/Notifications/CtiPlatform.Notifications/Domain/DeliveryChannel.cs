namespace CtiPlatform.Notifications.Domain;

/// <summary>How a delivery travels. Stored as its number: append, never renumber.</summary>
public enum DeliveryChannel
{
    Email = 0,
    Sms = 1,

    /// <summary>One e-mail a day listing the titles of the day's reminders (decision 712).</summary>
    EmailDigest = 2,
}
