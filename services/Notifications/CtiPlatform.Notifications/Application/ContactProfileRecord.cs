using CtiPlatform.Notifications.Domain;

namespace CtiPlatform.Notifications.Application;

/// <summary>
/// A contact profile with her number decrypted, for her worker or a team lead, read under the access log; and since when a
/// raised risk pauses SMS to her, if it does.
/// </summary>
internal sealed record ContactProfileRecord(ContactProfile Profile, string PhoneNumber, DateTimeOffset? SmsPausedSince);
