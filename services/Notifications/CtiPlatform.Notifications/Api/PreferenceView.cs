namespace CtiPlatform.Notifications.Api;

public sealed record PreferenceView(bool EmailWanted, string? Email, string? DigestAt);
