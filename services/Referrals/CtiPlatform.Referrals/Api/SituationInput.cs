namespace CtiPlatform.Referrals.Api;

/// <summary>Her wish for CTI and her situation as the referral states it; see <see cref="Domain.Situation"/>.</summary>
public sealed record SituationInput(
    bool? WantsCti, DateOnly? ShelterEnteredOn, bool? HomeAllocated, DateOnly? HomeAvailableFrom, bool? ProtectedAddress, bool? SmsSafe);
