using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.Notifications.Domain;

/// <summary>
/// One message handed to a Dapr output binding: when it is due, through which binding, its attempts and its outcome.
/// The message itself (recipient, subject, text) is kept only encrypted and only while it may still be sent
/// (<see cref="ProtectedMessage"/>); what stays afterwards is what was sent when and through which binding. An SMS to her
/// names her course and the meeting it reminds of, and goes to the sidecar at most once (decision 703): it is claimed
/// (<see cref="Claim"/>) in a transaction of its own before the call, and a claim without an outcome is uncertain.
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

    /// <summary>The course of the woman an SMS goes to; null for a worker's e-mail.</summary>
    public Guid? CourseId { get; private set; }

    /// <summary>The meeting an SMS reminds her of; null for a worker's e-mail.</summary>
    public Guid? MeetingId { get; private set; }

    /// <summary>Why it was withdrawn or never sent, as a code (<see cref="SmsCancelReason"/>); null otherwise.</summary>
    public string? CancelledBecause { get; private set; }

    /// <summary>Whether it may still be handed to the sidecar.</summary>
    public bool IsOpen => State is DeliveryState.Scheduled or DeliveryState.Due;

    /// <summary>Whether an SMS may have left: once claimed it is never handed to the sidecar again.</summary>
    public bool MayHaveLeft => State is DeliveryState.Sending or DeliveryState.Sent or DeliveryState.Uncertain;

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

    /// <summary>An SMS to her about <paramref name="meetingId"/>, recorded to her course; the message is encrypted.</summary>
    public static Delivery ScheduleSms(
        Guid id, string tenantId, Guid courseId, Guid meetingId, string binding, DateTimeOffset dueAt, string protectedMessage, DateTimeOffset now)
    {
        var delivery = Schedule(id, tenantId, courseId.ToString(), null, DeliveryChannel.Sms, binding, dueAt, protectedMessage, now);
        delivery.CourseId = courseId;
        delivery.MeetingId = meetingId;
        return delivery;
    }

    /// <summary>
    /// An SMS that will not be sent because <paramref name="reason"/> held when it was planned (e.g. no safe time before
    /// the meeting): kept cancelled, without a message, so her worker sees why she got none.
    /// </summary>
    public static Delivery SmsNotSent(Guid id, string tenantId, Guid courseId, Guid meetingId, string binding, DateTimeOffset dueAt, string reason, DateTimeOffset now)
    {
        var delivery = Schedule(id, tenantId, courseId.ToString(), null, DeliveryChannel.Sms, binding, dueAt, "", now);
        delivery.CourseId = courseId;
        delivery.MeetingId = meetingId;
        delivery.Cancel(reason);
        return delivery;
    }

    /// <summary>
    /// Claims an open SMS for its one hand-over to the sidecar; the caller commits this before the call. The message stays
    /// until the outcome is known, as a sidecar that could not be reached took nothing and the SMS is tried again.
    /// </summary>
    public bool Claim()
    {
        if (!IsOpen)
        {
            return false;
        }

        Attempts++;
        State = DeliveryState.Sending;
        return true;
    }

    /// <summary>
    /// The SMS may or may not have reached her — the sidecar answered with an error, timed out or broke off after it was
    /// given the message, or a claim was found without an outcome after a crash. Never sent again; the message is dropped.
    /// </summary>
    public void Uncertain(DateTimeOffset at, string reason)
    {
        State = DeliveryState.Uncertain;
        FailedAt = at;
        LastFailure = reason;
        ProtectedMessage = null;
    }

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
        if (State != DeliveryState.Sending)
        {
            Attempts++;
        }

        State = DeliveryState.Sent;
        SentAt = at;
        LastFailure = null;
        ProtectedMessage = null;
    }

    /// <summary>Withdraws it while it is still open; the message is dropped. Returns whether it was withdrawn.</summary>
    public bool Cancel(string? reason = null)
    {
        if (!IsOpen)
        {
            return false;
        }

        State = DeliveryState.Cancelled;
        CancelledBecause = reason;
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
        if (State != DeliveryState.Sending)
        {
            Attempts++;
        }

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
