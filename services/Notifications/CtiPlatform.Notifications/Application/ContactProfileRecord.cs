using CtiPlatform.Notifications.Domain;

namespace CtiPlatform.Notifications.Application;

/// <summary>A contact profile with her number decrypted, for her worker or a team lead, read under the access log.</summary>
internal sealed record ContactProfileRecord(ContactProfile Profile, string PhoneNumber);
