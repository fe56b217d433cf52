using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// One message handed to a Dapr output binding: when it is due, through which binding, its attempts and its outcome.
/// The message itself (recipient, subject, text) is kept only encrypted and only while it may still be sent
/// (<see cref="ProtectedMessage"/>); what stays afterwards is what was sent when and through which binding.
/// </summary>
public sealed class Delivery : ITenantOwned
{
    private Delivery()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string RecipientId { get; private set; } = "";

    public Guid? InboxEntryId { get; private set; }

    public DeliveryChannel Channel { get; private set; }

    public string Binding { get; private set; } = "";

    public DeliveryState State { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Why the last attempt failed, as a code (<c>http-500</c>, <c>unreachable</c>); never the sidecar's text.</summary>
    public string? LastFailure { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public string? ProtectedMessage { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether it may still be handed to the sidecar.</summary>
    public bool IsOpen => State is DeliveryState.Scheduled or DeliveryState.Due;

    public static Delivery Schedule(
        Guid id, string tenantId, string recipientId, Guid? inboxEntryId, DeliveryChannel channel, string binding, DateTimeOffset dueAt,
        string protectedMessage, DateTimeOffset now) => new()
    {
        Id = id,
        TenantId = tenantId,
        RecipientId = recipientId,
        InboxEntryId = inboxEntryId,
        Channel = channel,
        Binding = binding,
        State = DeliveryState.Scheduled,
        DueAt = dueAt,
        ProtectedMessage = protectedMessage,
        CreatedAt = now,
    };

    /// <summary>Replaces the message of a delivery not yet sent (a daily digest gaining a reminder's title).</summary>
    public void Reword(string protectedMessage)
    {
        if (State == DeliveryState.Scheduled)
        {
            ProtectedMessage = protectedMessage;
        }
    }

    /// <summary>The sidecar took it: sent, and the message is dropped.</summary>
    public void Sent(DateTimeOffset at)
    {
        Attempts++;
        State = DeliveryState.Sent;
        SentAt = at;
        LastFailure = null;
        ProtectedMessage = null;
    }

    /// <summary>Withdraws it while it is still open; the message is dropped. Returns whether it was withdrawn.</summary>
    public bool Cancel()
    {
        if (!IsOpen)
        {
            return false;
        }

        State = DeliveryState.Cancelled;
        ProtectedMessage = null;
        return true;
    }

    /// <summary>
    /// An attempt failed with <paramref name="reason"/>. Returns when to try again — <paramref name="firstRetryDelay"/>
    /// after the first failure, doubling after each further one — or null when this was the last attempt allowed and
    /// the delivery is failed (and its message dropped).
    /// </summary>
    public DateTimeOffset? AttemptFailed(DateTimeOffset at, string reason, int maxAttempts, TimeSpan firstRetryDelay)
    {
        Attempts++;
        LastFailure = reason;
        if (Attempts >= maxAttempts)
        {
            State = DeliveryState.Failed;
            FailedAt = at;
            ProtectedMessage = null;
            return null;
        }

        State = DeliveryState.Due;
        DueAt = at + (firstRetryDelay * Math.Pow(2, Attempts - 1));
        return DueAt;
    }
}
