using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence.Protection;

/// <summary>
/// Encrypts personal data at rest (AES-256-GCM) and makes keyed lookup hashes (HMAC-SHA256) so equal values can be
/// found without decrypting (docs/decisions/021-personal-data-keys.md). Each municipality has its own encryption and
/// hash keys, derived with HKDF from a master key of <c>PersistenceOptions:EncryptionKeys</c> and the tenant id.
/// A ciphertext reads <c>v2:&lt;keyId&gt;:&lt;base64 nonce|tag|ciphertext&gt;</c>, and its tenant, table, column
/// and row are bound in as associated data. New values use <c>PersistenceOptions:CurrentKeyId</c>; every key of the
/// ring still decrypts, so a rotation needs no downtime.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string CurrentFormat = "v2";
    private const string LegacyFormat = "v1:";
    private const string LegacyPlaintext = "v0:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> masters;
    private readonly string currentKeyId;
    private readonly string currentPrefix;
    private readonly byte[]? legacyEncryptionKey;
    private readonly byte[]? legacyHashKey;
    private readonly ConcurrentDictionary<(string KeyId, string TenantId, string Purpose), byte[]> derived = new();

    public PersonalDataProtector(IOptions<PersistenceOptions> options)
    {
        var settings = options.Value;
        masters = settings.EncryptionKeys.ToDictionary(k => k.Key, k => Master(k.Value), StringComparer.Ordinal);
        currentKeyId = settings.CurrentKeyId is { } id && masters.ContainsKey(id)
            ? id
            : throw new InvalidOperationException("PersistenceOptions:CurrentKeyId must name a key of PersistenceOptions:EncryptionKeys.");
        currentPrefix = $"{CurrentFormat}:{currentKeyId}:";
        if (!string.IsNullOrWhiteSpace(settings.LegacyEncryptionKey))
        {
            // Exactly the derivation of the single unversioned key, so values written before key ids stay readable.
            var legacy = Master(settings.LegacyEncryptionKey);
            legacyEncryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, legacy, 32, info: Encoding.UTF8.GetBytes("cti-personal-data-encryption"));
            legacyHashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, legacy, 32, info: Encoding.UTF8.GetBytes("cti-personal-data-lookup"));
        }
    }

    /// <summary>The key new values are encrypted and hashed under.</summary>
    public string CurrentKeyId => currentKeyId;

    /// <summary>Encrypts <paramref name="plaintext"/> under the current key, bound to <paramref name="cell"/>.</summary>
    public string Protect(string plaintext, ProtectedCell cell)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Derived(currentKeyId, cell.TenantId, "encryption"), TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), AssociatedData(currentKeyId, cell));
        return currentPrefix + Convert.ToBase64String(output);
    }

    /// <summary>
    /// Encrypts a document (bytes, not text) under the current key, bound to <paramref name="cell"/> as a text value is:
    /// the ASCII prefix <c>v2:&lt;keyId&gt;:</c> followed by nonce|tag|ciphertext, for a bytea column: base64 would add
    /// a third to a document of megabytes.
    /// </summary>
    public byte[] ProtectDocument(ReadOnlySpan<byte> document, ProtectedCell cell)
    {
        var prefix = Encoding.ASCII.GetBytes(currentPrefix);
        var output = new byte[prefix.Length + NonceSize + TagSize + document.Length];
        prefix.CopyTo(output, 0);
        var sealedPart = output.AsSpan(prefix.Length);
        var nonce = sealedPart[..NonceSize];
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Derived(currentKeyId, cell.TenantId, "encryption"), TagSize);
        aes.Encrypt(nonce, document, sealedPart[(NonceSize + TagSize)..], sealedPart.Slice(NonceSize, TagSize), AssociatedData(currentKeyId, cell));
        return output;
    }

    /// <summary>
    /// Decrypts a document written by <see cref="ProtectDocument"/> for <paramref name="cell"/>; throws
    /// <see cref="CryptographicException"/> as <see cref="Unprotect"/> does.
    /// </summary>
    public byte[] UnprotectDocument(byte[] protectedDocument, ProtectedCell cell)
    {
        var keyId = DocumentKeyId(protectedDocument, cell);
        var input = protectedDocument.AsSpan(CurrentFormat.Length + keyId.Length + 2);
        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException($"Protected document in {cell.Table}.{cell.Column} is truncated.");
        }

        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(Derived(keyId, cell.TenantId, "encryption"), TagSize);
        aes.Decrypt(input[..NonceSize], input[(NonceSize + TagSize)..], input.Slice(NonceSize, TagSize), plain, AssociatedData(keyId, cell));
        return plain;
    }

    /// <summary>The document written for <paramref name="cell"/>, encrypted again under the current key (re-encryption after a rotation).</summary>
    public byte[] ReprotectDocument(byte[] protectedDocument, ProtectedCell cell) => ProtectDocument(UnprotectDocument(protectedDocument, cell), cell);

    /// <summary>The value written for <paramref name="cell"/>, encrypted again under the current key (re-encryption after a rotation).</summary>
    public string Reprotect(string protectedValue, ProtectedCell cell) => Protect(Unprotect(protectedValue, cell), cell);

    /// <summary>
    /// Decrypts a value written for <paramref name="cell"/>. Throws <see cref="CryptographicException"/> when it was
    /// written for another cell, under a key no longer in the ring, or was altered; the message never holds data.
    /// </summary>
    public string Unprotect(string protectedValue, ProtectedCell cell)
    {
        if (protectedValue.StartsWith(CurrentFormat + ":", StringComparison.Ordinal))
        {
            var parts = protectedValue.Split(':', 3);
            if (parts.Length != 3 || !masters.ContainsKey(parts[1]))
            {
                throw new CryptographicException($"Protected value in {cell.Table}.{cell.Column} names a key that is not in the key ring.");
            }

            return Decrypt(parts[2], Derived(parts[1], cell.TenantId, "encryption"), AssociatedData(parts[1], cell), cell);
        }

        if (legacyEncryptionKey is not null && protectedValue.StartsWith(LegacyFormat, StringComparison.Ordinal))
        {
            return Decrypt(protectedValue[LegacyFormat.Length..], legacyEncryptionKey, [], cell);
        }

        if (legacyEncryptionKey is not null && protectedValue.StartsWith(LegacyPlaintext, StringComparison.Ordinal))
        {
            // Written in clear before the column was encrypted, marked by its migration; re-encryption rewrites it.
            return protectedValue[LegacyPlaintext.Length..];
        }

        throw new CryptographicException($"Protected value in {cell.Table}.{cell.Column} has a format this key ring does not read.");
    }

    /// <summary>Every value encrypted under the current key starts with this, so a query can find those that do not.</summary>
    public string CurrentPrefix => currentPrefix;

    /// <summary>A keyed hash of an already normalised value under the municipality's current hash key, to store.</summary>
    public string LookupHash(string tenantId, string normalisedValue) => Hash(Derived(currentKeyId, tenantId, "lookup"), normalisedValue);

    /// <summary>
    /// The value's hash under every key of the ring (and the legacy key), to search with: during a rotation rows carry
    /// hashes of the old key until they are re-encrypted, and a duplicate must still be found among them.
    /// </summary>
    public IReadOnlyList<string> LookupHashes(string tenantId, string normalisedValue)
    {
        var hashes = masters.Keys.Select(id => Hash(Derived(id, tenantId, "lookup"), normalisedValue)).ToList();
        if (legacyHashKey is not null)
        {
            hashes.Add(Hash(legacyHashKey, normalisedValue));
        }

        return hashes;
    }

    // The key id between "v2:" and the next colon, within the ids a ring may hold (1-16 characters).
    private string DocumentKeyId(byte[] protectedDocument, ProtectedCell cell)
    {
        var head = Encoding.ASCII.GetString(protectedDocument, 0, Math.Min(protectedDocument.Length, CurrentFormat.Length + 18));
        var parts = head.Split(':', 3);
        if (parts.Length != 3 || parts[0] != CurrentFormat)
        {
            throw new CryptographicException($"Protected document in {cell.Table}.{cell.Column} has a format this key ring does not read.");
        }

        return masters.ContainsKey(parts[1])
            ? parts[1]
            : throw new CryptographicException($"Protected document in {cell.Table}.{cell.Column} names a key that is not in the key ring.");
    }

    private static byte[] Master(string base64) => Convert.FromBase64String(base64);

    private static string Hash(byte[] key, string normalisedValue) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalisedValue)));

    private static string Decrypt(string payload, byte[] key, byte[] associatedData, ProtectedCell cell)
    {
        byte[] input;
        try
        {
            input = Convert.FromBase64String(payload);
        }
        catch (FormatException)
        {
            throw new CryptographicException($"Protected value in {cell.Table}.{cell.Column} is not base64.");
        }

        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException($"Protected value in {cell.Table}.{cell.Column} is truncated.");
        }

        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain, associatedData);
        return Encoding.UTF8.GetString(plain);
    }

    // A JSON array is an unambiguous encoding: no choice of tenant id or row id can make two cells' data collide.
    private static byte[] AssociatedData(string keyId, ProtectedCell cell) =>
        JsonSerializer.SerializeToUtf8Bytes(new[] { CurrentFormat, keyId, cell.TenantId, cell.Table, cell.Column, cell.RowId });

    // Per municipality and purpose: one municipality's key opens nothing of another's, and no hash reveals an encryption key.
    private byte[] Derived(string keyId, string tenantId, string purpose) =>
        derived.GetOrAdd((keyId, tenantId, purpose), k => HKDF.DeriveKey(
            HashAlgorithmName.SHA256, masters[k.KeyId], 32, info: Encoding.UTF8.GetBytes($"cti-personal-data-{k.Purpose}/{k.TenantId}")));
}
