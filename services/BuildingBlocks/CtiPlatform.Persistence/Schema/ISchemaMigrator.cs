namespace CtiPlatform.Persistence.Schema;

/// <summary>One service database's schema, as the <c>migrate</c> command and the start-up check see it.</summary>
internal interface ISchemaMigrator
{
    /// <summary>The database's resource name (<c>referrals-db</c>).</summary>
    string Name { get; }

    /// <summary>Applies the scripts not yet applied, as the owner; refuses without the migrations connection string.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The scripts of this build that the database has not applied, read as the app role.</summary>
    Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken);
}
