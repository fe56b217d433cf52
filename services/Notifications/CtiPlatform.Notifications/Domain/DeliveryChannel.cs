namespace CtiPlatform.Notifications.Domain;

/// <summary>How a delivery travels. Stored as its number: append, never renumber.</summary>
public enum DeliveryChannel
{
    Email = 0,
    Sms = 1,
}
