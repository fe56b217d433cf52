using System.Security.Cryptography;

namespace CtiPlatform.Testing;

/// <summary>
/// Personal-data key rings for test hosts, as the <c>PersistenceOptions</c> keys a deployment sets, each with the one
/// contact-matching ring of the test run: the services that recognise never-contact persons share that key in a
/// deployment too, so hosts of one test must agree on it.
/// </summary>
public static class TestKeyRings
{
    private static readonly string ContactMatchingKey = NewKey();

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A ring of one fresh key, current.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Fresh() => Ring("k1", ("k1", NewKey()));

    public static IEnumerable<KeyValuePair<string, string?>> Ring(string currentKeyId, params (string Id, string Key)[] keys) =>
    [
        .. keys.Select(k => new KeyValuePair<string, string?>($"PersistenceOptions:EncryptionKeys:{k.Id}", k.Key)),
        new("PersistenceOptions:CurrentKeyId", currentKeyId),
        .. ContactMatching(),
    ];

    /// <summary>The contact-matching ring every test host shares (<c>ContactMatchingOptions</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> ContactMatching() =>
    [
        new("ContactMatchingOptions:Keys:m1", ContactMatchingKey),
        new("ContactMatchingOptions:CurrentKeyId", "m1"),
    ];
}
