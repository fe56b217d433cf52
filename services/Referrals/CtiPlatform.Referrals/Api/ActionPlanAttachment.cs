namespace CtiPlatform.Referrals.Api;

/// <summary>That a § 141 action plan is attached, without its content: its size in bytes, when and by whom it was uploaded.</summary>
public sealed record ActionPlanAttachment(int SizeBytes, DateTimeOffset UploadedAt, string UploadedBy);
