using System.Text.Json;

namespace CtiPlatform.Notifications.Application;

/// <summary>An e-mail as a delivery keeps it (encrypted) until it is sent: address, subject and text.</summary>
internal sealed record EmailMessage(string To, string Subject, string Body)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static EmailMessage FromJson(string json) =>
        JsonSerializer.Deserialize<EmailMessage>(json) ?? throw new InvalidOperationException("An empty delivery message.");
}
