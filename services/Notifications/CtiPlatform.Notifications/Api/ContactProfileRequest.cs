namespace CtiPlatform.Notifications.Api;

/// <summary>
/// Her terms for SMS, as her worker records them with her: when she consented, her number and that it was confirmed with
/// her, her safe hours as Danish local times "HH:mm" (<see cref="SafeUntil"/> before <see cref="SafeFrom"/> crosses
/// midnight), the sender name her phone shows, the wording (a key from <c>/sms-templates</c>) and its language.
/// </summary>
public sealed record ContactProfileRequest(
    DateTimeOffset? ConsentGivenAt,
    string? PhoneNumber,
    bool? NumberConfirmed,
    string? SafeFrom,
    string? SafeUntil,
    string? SenderName,
    string? Template,
    string? Language);
