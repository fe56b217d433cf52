namespace CtiPlatform.Referrals.Application;

/// <summary>One batch of the re-encryption: the last referral looked at (null when none was left), and how many were rewritten or could not be read.</summary>
internal sealed record ReencryptionBatch(Guid? Last, int Rewritten, int Unreadable);
