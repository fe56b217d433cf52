namespace CtiPlatform.Notifications.Application;

/// <summary>A preference with its e-mail address decrypted, for its owner only.</summary>
internal sealed record PreferenceRecord(bool EmailWanted, string? Email, TimeOnly? DigestAt);
