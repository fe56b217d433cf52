namespace CtiPlatform.Notifications.Domain;

/// <summary>What she agreed with her worker about SMS, apart from the number itself (which only travels encrypted).</summary>
public sealed record ContactTerms(
    DateTimeOffset ConsentGivenAt, bool NumberConfirmed, TimeOnly SafeFrom, TimeOnly SafeUntil, string SenderName, string Template, string Language);
