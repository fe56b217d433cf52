namespace CtiPlatform.Contracts.Safety;

/// <summary>
/// A person who must never be contacted or told anything about her (the perpetrator, those around him) was put on her
/// never-contact list, or changed there: the fingerprints replace any earlier ones of the same person. Names and
/// numbers stay in the safety planning service; consumers keep the latest state by <see cref="ChangedAt"/>.
/// </summary>
public sealed record NeverContactPersonListed
{
    public required Guid CourseId { get; init; }

    public required string TenantId { get; init; }

    public required Guid PersonId { get; init; }

    /// <summary>The person's phone numbers' and names' hashes under every key of the contact-matching ring.</summary>
    public required IReadOnlyList<ContactFingerprint> Fingerprints { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
