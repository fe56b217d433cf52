using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence.Protection;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of never-contact persons' phone numbers and names, so safety planning can tell the
/// services that must refuse or warn which numbers and names to watch for without the number or name ever leaving it
/// (docs/decisions/033-never-contact-fingerprints.md). The key is per municipality, derived with HKDF from a master of
/// <see cref="ContactMatchingOptions"/>, a ring apart from the personal-data keys so only those services hold it.
/// Values are normalised first, so "+45 12 34 56 78" and "12345678" give the same hash.
/// </summary>
public sealed class ContactFingerprinter
{
    private const string PhonePurpose = "phone";
    private const string NamePurpose = "name";

    private readonly Dictionary<string, byte[]> masters;
    private readonly string currentKeyId;
    private readonly ConcurrentDictionary<(string KeyId, string TenantId, string Purpose), byte[]> derived = new();

    public ContactFingerprinter(IOptions<ContactMatchingOptions> options)
    {
        var settings = options.Value;
        masters = settings.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);
        currentKeyId = settings.CurrentKeyId is { } id && masters.ContainsKey(id)
            ? id
            : throw new InvalidOperationException("ContactMatchingOptions:CurrentKeyId must name a key of ContactMatchingOptions:Keys.");
    }

    /// <summary>
    /// The phone number's hashes under every key of the ring, the current key first, or none when it holds no digits.
    /// Every key, so a service whose ring is a rotation ahead or behind still finds a match.
    /// </summary>
    public IReadOnlyList<ContactHash> PhoneHashes(string tenantId, string phone) =>
        NormalisePhone(phone) is { Length: > 0 } normalised ? Hashes(tenantId, PhonePurpose, normalised) : [];

    /// <summary>The name's hashes under every key of the ring, the current key first, or none when it is blank.</summary>
    public IReadOnlyList<ContactHash> NameHashes(string tenantId, string name) =>
        NormaliseName(name) is { Length: > 0 } normalised ? Hashes(tenantId, NamePurpose, normalised) : [];

    /// <summary>
    /// Digits only, with a Danish country code (+45, 0045) removed from a number that then has eight digits, so the
    /// ways one number is written match; any other international number keeps its country code.
    /// </summary>
    public static string NormalisePhone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (phone.TrimStart().StartsWith('+'))
        {
            digits = "00" + digits;
        }

        return digits.Length == 12 && digits.StartsWith("0045", StringComparison.Ordinal) ? digits[4..]
            : digits.Length == 10 && digits.StartsWith("45", StringComparison.Ordinal) ? digits[2..]
            : digits;
    }

    /// <summary>Compatibility-normalised, lower case, single spaces: a name typed twice by two people should match.</summary>
    public static string NormaliseName(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private List<ContactHash> Hashes(string tenantId, string purpose, string normalised) =>
        [.. masters.Keys.OrderBy(id => id == currentKeyId ? 0 : 1)
            .Select(id => new ContactHash(id, Convert.ToHexString(HMACSHA256.HashData(Derived(id, tenantId, purpose), Encoding.UTF8.GetBytes(normalised)))))];

    // Per municipality and kind: one municipality's fingerprints say nothing about another's, and a phone hash never equals a name hash.
    private byte[] Derived(string keyId, string tenantId, string purpose) =>
        derived.GetOrAdd((keyId, tenantId, purpose), k => HKDF.DeriveKey(
            HashAlgorithmName.SHA256, masters[k.KeyId], 32, info: Encoding.UTF8.GetBytes($"cti-contact-matching-{k.Purpose}/{k.TenantId}")));
}
