namespace CtiPlatform.Persistence;

/// <summary>Which database engine a host uses. Bound from the <c>PersistenceOptions</c> section.</summary>
public sealed class PersistenceOptions
{
    /// <summary>PostgreSQL in every deployment; SQLite only in the standalone host.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.PostgreSql;

    /// <summary>Folder for SQLite files (standalone host only).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Base64 master keys (32 bytes or more) for personal data at rest, by key id; from secrets, never a ConfigMap.
    /// A key stays here as long as data encrypted under it remains (docs/personal-data-keys.md).
    /// </summary>
    public Dictionary<string, string> EncryptionKeys { get; set; } = [];

    /// <summary>The id in <see cref="EncryptionKeys"/> that new personal data is encrypted under.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>
    /// The single unversioned key of before key ids (then <c>EncryptionKey</c>): it reads <c>v1:</c> values and finds
    /// their hashes until the re-encryption has rewritten them, then it is removed.
    /// </summary>
    public string? LegacyEncryptionKey { get; set; }

    /// <summary>Re-encrypt data under older keys at start-up; off only to hold the work back to a quieter hour.</summary>
    public bool ReencryptOnStart { get; set; } = true;

    /// <summary>Rows the re-encryption rewrites per transaction.</summary>
    public int ReencryptionBatchSize { get; set; } = 100;
}
