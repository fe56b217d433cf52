namespace CtiPlatform.Persistence;

/// <summary>Which database engine a host uses. Bound from the <c>PersistenceOptions</c> section.</summary>
public sealed class PersistenceOptions
{
    /// <summary>PostgreSQL in every deployment; SQLite only in the standalone host.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.PostgreSql;

    /// <summary>Folder for SQLite files (standalone host only).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Base64 master key (32 bytes or more) for personal data at rest; from a secret, never a ConfigMap.</summary>
    public string? EncryptionKey { get; set; }
}
