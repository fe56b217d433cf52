using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence.Protection;

/// <summary>
/// Encrypts personal data at rest (AES-256-GCM) and makes keyed lookup hashes (HMAC-SHA256) so equal values can
/// be found without decrypting. Both keys are derived from <c>PersistenceOptions:EncryptionKey</c> with HKDF,
/// so one secret serves both and neither key can be computed from the other's output.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Version = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] encryptionKey;
    private readonly byte[] hashKey;

    public PersonalDataProtector(IOptions<PersistenceOptions> options)
    {
        var master = string.IsNullOrWhiteSpace(options.Value.EncryptionKey)
            ? throw new InvalidOperationException("PersistenceOptions:EncryptionKey is not configured.")
            : Convert.FromBase64String(options.Value.EncryptionKey);
        if (master.Length < 32)
        {
            throw new InvalidOperationException("PersistenceOptions:EncryptionKey must be at least 32 bytes (base64).");
        }

        encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.UTF8.GetBytes("cti-personal-data-encryption"));
        hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.UTF8.GetBytes("cti-personal-data-lookup"));
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Version + Convert.ToBase64String(output);
    }

    public string Unprotect(string protectedValue)
    {
        if (!protectedValue.StartsWith(Version, StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown protection format.");
        }

        var input = Convert.FromBase64String(protectedValue[Version.Length..]);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>A keyed hash of an already normalised value, for equality lookups (e.g. duplicate CPR numbers).</summary>
    public string LookupHash(string normalisedValue) =>
        Convert.ToHexString(HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes(normalisedValue)));
}
