using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Valid referral requests to vary in tests; every call makes a different woman unless told otherwise.</summary>
public static class ReferralRequests
{
    private static int sequence;

    public static SubmitReferralRequest Valid(int criteriaMet = 3, string? name = null, DateOnly? dateOfBirth = null, string? cpr = null)
    {
        var n = Interlocked.Increment(ref sequence);
        var dob = dateOfBirth ?? new DateOnly(1990, 1, 1).AddDays(n % 3000);
        return new SubmitReferralRequest(
            new WomanInput(name ?? $"Testkvinde Nummer{n}", dob, cpr, "+45 12 34 56 78", "da", false),
            [new ChildInput("Ida", 6)],
            [new ChildInput("Karl", 9)],
            Enum.GetValues<TargetGroupCriterion>()
                .Select((c, i) => new CriterionInput(c, i < criteriaMet, i < criteriaMet ? "Vurderet af krisecentret" : null))
                .ToList(),
            new DateOnly(2026, 10, 1),
            new DateOnly(2026, 12, 15),
            true,
            new ShelterContactInput("Kontaktperson Krisecenter", "+45 87 65 43 21"),
            new SituationInput(WantsCti: true, new DateOnly(2026, 9, 14), HomeAllocated: true, new DateOnly(2026, 12, 1), ProtectedAddress: false, SmsSafe: true));
    }

    public static string CprFor(DateOnly dateOfBirth, string lastFour) => dateOfBirth.ToString("ddMMyy") + "-" + lastFour;
}
