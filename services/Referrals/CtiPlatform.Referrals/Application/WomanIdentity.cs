using CtiPlatform.Persistence.Protection;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;

namespace CtiPlatform.Referrals.Application;

/// <summary>
/// Turns the woman as submitted into the <see cref="Woman"/> the domain holds: name, CPR number and phone encrypted
/// for her referral's row, and keyed lookup hashes that find the same woman again whoever typed her details.
/// </summary>
internal static class WomanIdentity
{
    public static Woman Protect(WomanInput input, PersonalDataProtector protector, ReferralCells cells)
    {
        var cpr = Cpr(input.Cpr);
        var name = input.Name!.Trim();
        return new Woman(
            protector.Protect(name, cells.WomanName), input.DateOfBirth!.Value, cpr is null ? null : protector.Protect(cpr, cells.WomanCpr),
            cpr is null ? null : protector.LookupHash(cells.TenantId, CprLookupKey(cpr)),
            protector.LookupHash(cells.TenantId, NameLookupKey(name, input.DateOfBirth.Value)),
            protector.Protect(input.Phone!, cells.WomanPhone), input.PreferredLanguage!, input.InterpreterNeeded!.Value);
    }

    /// <summary>Her hashes under every key of the ring, since referrals not yet re-encrypted carry an older key's hash.</summary>
    public static WomanLookup Lookup(WomanInput input, PersonalDataProtector protector, string tenantId)
    {
        var cpr = Cpr(input.Cpr);
        return new WomanLookup(
            cpr is null ? [] : protector.LookupHashes(tenantId, CprLookupKey(cpr)),
            protector.LookupHashes(tenantId, NameLookupKey(input.Name!.Trim(), input.DateOfBirth!.Value)));
    }

    public static WomanView View(Woman woman, PersonalDataProtector protector, ReferralCells cells) => new(
        protector.Unprotect(woman.ProtectedName, cells.WomanName), woman.DateOfBirth,
        woman.ProtectedCpr is null ? null : protector.Unprotect(woman.ProtectedCpr, cells.WomanCpr),
        protector.Unprotect(woman.ProtectedPhone, cells.WomanPhone), woman.PreferredLanguage, woman.InterpreterNeeded);

    /// <summary>The same woman encrypted and hashed again under the current key (re-encryption after a key rotation).</summary>
    public static Woman Reprotect(Woman woman, PersonalDataProtector protector, ReferralCells cells)
    {
        var clear = View(woman, protector, cells);
        return Protect(
            new WomanInput(clear.Name, clear.DateOfBirth, clear.Cpr, clear.Phone, clear.PreferredLanguage, clear.InterpreterNeeded), protector, cells);
    }

    private static string? Cpr(string? cpr) => cpr?.Replace("-", "", StringComparison.Ordinal);

    private static string CprLookupKey(string cpr) => "cpr:" + cpr;

    // Case and spacing differ between forms filled in by different people; the same woman must still match.
    private static string NameLookupKey(string name, DateOnly dateOfBirth) =>
        $"name:{string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()}|{dateOfBirth:yyyy-MM-dd}";
}
