using System.Text.Json;

namespace CtiPlatform.Notifications.Application;

/// <summary>An SMS to her as a delivery keeps it (encrypted) until its outcome is known: her number and the text.</summary>
internal sealed record SmsMessage(string To, string Body)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SmsMessage FromJson(string json) =>
        JsonSerializer.Deserialize<SmsMessage>(json) ?? throw new InvalidOperationException("An empty delivery message.");
}
