namespace CtiPlatform.Referrals.Domain;

/// <summary>
/// What the committee needs to know of her situation beyond the criteria (seeds 001/002,
/// docs/decisions/029-what-the-referral-carries.md). Flags and dates only: where she lives belongs to safety planning.
/// </summary>
/// <param name="WantsCti">Her own wish for a CTI course; a referral exists only when she wants it.</param>
/// <param name="ShelterEnteredOn">The day she entered the shelter, from which the § 141 action plan is due within three months.</param>
/// <param name="HomeAllocated">A home has been allocated (anvist) to her.</param>
/// <param name="HomeAvailableFrom">From when the allocated home is hers; only with <paramref name="HomeAllocated"/>.</param>
/// <param name="ProtectedAddress">She lives at a protected address (navne- og adressebeskyttelse).</param>
/// <param name="SmsSafe">An SMS to her phone is safe: nobody else, the perpetrator least, reads it.</param>
public sealed record Situation(
    bool WantsCti, DateOnly ShelterEnteredOn, bool HomeAllocated, DateOnly? HomeAvailableFrom, bool ProtectedAddress, bool SmsSafe);
