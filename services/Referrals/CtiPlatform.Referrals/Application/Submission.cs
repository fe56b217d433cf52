using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Application;

/// <summary>A submitted referral; <see cref="Replayed"/> when a retry with the same Idempotency-Key got the first one back.</summary>
internal sealed record Submission(Referral Referral, bool Replayed);
