namespace CtiPlatform.Notifications.Api;

/// <summary>
/// One SMS to her as her worker sees it, never its number or text: the meeting it reminds of, its state, through which
/// binding, when it is due and when it was sent or failed, why it was not sent (a code and its label), and a Danish line
/// such as "SMS sendt i går 18:02".
/// </summary>
public sealed record SmsView(
    Guid Id, Guid MeetingId, string State, string StateLabel, string Binding, DateTimeOffset DueAt, DateTimeOffset? SentAt, DateTimeOffset? FailedAt,
    string? Reason, string? ReasonLabel, string? LastFailure, string Summary);
