using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// A person who must never be contacted or told anything about her (decision 607): the perpetrator, or someone around
/// him. Names and numbers are sealed together (<see cref="SealedDetails"/>) and forgotten when the person is removed;
/// the row stays with who removed the person, when and why, so the course shows the list's history.
/// </summary>
public sealed class NeverContactPerson : ITenantOwned
{
    private NeverContactPerson()
    {
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public NeverContactRelation Relation { get; private set; }

    /// <summary>The names and phone numbers as the personal-data protector sealed them for this row; null once removed.</summary>
    public string? SealedDetails { get; private set; }

    public string ListedBy { get; private set; } = "";

    public DateTimeOffset ListedAt { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public string? RemovedBy { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Why the person was taken off the list, sealed: it may tell of her situation.</summary>
    public string? SealedRemovalReason { get; private set; }

    /// <summary>
    /// The contact-matching key the person's fingerprints were last published under first; when the ring's current key
    /// is another, the service publishes them again (docs/personal-data-keys.md).
    /// </summary>
    public string? FingerprintKeyId { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    public static NeverContactPerson List(Guid id, Guid courseId, string tenantId, NeverContactRelation relation, string sealedDetails, string by, DateTimeOffset at) =>
        new()
        {
            Id = id, CourseId = courseId, TenantId = tenantId, Relation = relation, SealedDetails = sealedDetails,
            ListedBy = by, ListedAt = at, ChangedBy = by, ChangedAt = at,
        };

    public void Change(NeverContactRelation relation, string sealedDetails, string by, DateTimeOffset at)
    {
        Relation = relation;
        SealedDetails = sealedDetails;
        ChangedBy = by;
        ChangedAt = at;
    }

    /// <summary>Takes the person off the list and forgets the names and numbers: nothing is kept that is no longer needed.</summary>
    public void Remove(string by, DateTimeOffset at, string sealedReason)
    {
        SealedDetails = null;
        FingerprintKeyId = null;
        RemovedBy = by;
        RemovedAt = at;
        SealedRemovalReason = sealedReason;
    }

    public void PublishedUnder(string keyId) => FingerprintKeyId = keyId;
}
