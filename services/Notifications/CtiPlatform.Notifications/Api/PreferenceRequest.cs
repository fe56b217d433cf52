namespace CtiPlatform.Notifications.Api;

/// <summary>
/// Whether she wants her reminders by e-mail too, the address to send them to, and — for one daily digest instead of
/// an e-mail per reminder — the Danish local time it goes (<c>HH:mm</c>).
/// </summary>
public sealed record PreferenceRequest(bool? EmailWanted, string? Email, string? DigestAt = null);
