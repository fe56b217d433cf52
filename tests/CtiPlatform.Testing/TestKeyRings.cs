using System.Security.Cryptography;

namespace CtiPlatform.Testing;

/// <summary>Personal-data key rings for test hosts, as the <c>PersistenceOptions</c> keys a deployment sets.</summary>
public static class TestKeyRings
{
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A ring of one fresh key, current.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Fresh() => Ring("k1", ("k1", NewKey()));

    public static IEnumerable<KeyValuePair<string, string?>> Ring(string currentKeyId, params (string Id, string Key)[] keys) =>
    [
        .. keys.Select(k => new KeyValuePair<string, string?>($"PersistenceOptions:EncryptionKeys:{k.Id}", k.Key)),
        new("PersistenceOptions:CurrentKeyId", currentKeyId),
    ];
}
