namespace CtiPlatform.Notifications.Api;

/// <summary>Whether she wants her reminders by e-mail too, and the address to send them to.</summary>
public sealed record PreferenceRequest(bool? EmailWanted, string? Email);
