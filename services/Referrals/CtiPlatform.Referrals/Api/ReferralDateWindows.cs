using CtiPlatform.ServiceDefaults.Problems;

namespace CtiPlatform.Referrals.Api;

/// <summary>The dates a referral's requests accept, around today in Denmark (docs/decisions/410-date-input-ranges.md).</summary>
internal static class ReferralDateWindows
{
    /// <summary>She may already have left the shelter (a referral can follow a move-out) or be leaving within two years.</summary>
    public static readonly DateWindow ExpectedMoveOut = new(DaysBefore: 365, DaysAfter: 730);

    /// <summary>The § 141 action plan precedes the referral; a plan dated up to a quarter ahead is being written now.</summary>
    public static readonly DateWindow ActionPlan = new(DaysBefore: 730, DaysAfter: 90);

    /// <summary>She is at the shelter when referred; stays of two years happen, and her action plan window reaches as far.</summary>
    public static readonly DateWindow ShelterEntry = new(DaysBefore: 730, DaysAfter: 0);

    /// <summary>An allocated home may already be hers (a referral can follow a move-out) or be ready within two years, as her move-out.</summary>
    public static readonly DateWindow HomeAvailableFrom = new(DaysBefore: 365, DaysAfter: 730);

    /// <summary>Committee meetings a year either way: late minutes are entered, next year's calendar is planned.</summary>
    public static readonly DateWindow Meeting = new(DaysBefore: 365, DaysAfter: 365);

    /// <summary>Nobody referred is older than 120 years; the upper end is the adult rule's.</summary>
    public static readonly DateWindow DateOfBirth = new(DaysBefore: 120 * 366, DaysAfter: 0);
}
