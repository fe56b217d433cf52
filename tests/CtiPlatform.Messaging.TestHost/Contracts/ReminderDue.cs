namespace CtiPlatform.Messaging.TestHost.Contracts;

/// <summary>A timer the sample service set has fired.</summary>
public sealed record ReminderDue
{
    public required string ReminderId { get; init; }
}
