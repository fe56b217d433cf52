using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// Turns the woman as submitted into the <see cref="Woman"/> the domain holds: CPR number and phone encrypted,
/// and keyed lookup hashes that find the same woman again whoever typed her details.
/// </summary>
internal static class WomanIdentity
{
    public static Woman Protect(WomanInput input, PersonalDataProtector protector)
    {
        var cpr = input.Cpr?.Replace("-", "", StringComparison.Ordinal);
        return new Woman(
            input.Name!.Trim(), input.DateOfBirth!.Value, cpr is null ? null : protector.Protect(cpr),
            cpr is null ? null : protector.LookupHash("cpr:" + cpr), protector.LookupHash(NameLookupKey(input.Name, input.DateOfBirth.Value)),
            protector.Protect(input.Phone!), input.PreferredLanguage!, input.InterpreterNeeded!.Value);
    }

    // Case and spacing differ between forms filled in by different people; the same woman must still match.
    private static string NameLookupKey(string name, DateOnly dateOfBirth) =>
        $"name:{string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()}|{dateOfBirth:yyyy-MM-dd}";
}
