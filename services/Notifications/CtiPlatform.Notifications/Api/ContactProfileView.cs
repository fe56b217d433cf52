namespace CtiPlatform.Notifications.Api;

public sealed record ContactProfileView(
    Guid CourseId,
    DateTimeOffset ConsentGivenAt,
    string ConsentRecordedBy,
    string PhoneNumber,
    DateTimeOffset NumberConfirmedAt,
    string SafeFrom,
    string SafeUntil,
    bool CrossesMidnight,
    string SenderName,
    string Template,
    string Language,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset? SmsPausedSince);
