namespace CtiPlatform.Contracts.Safety;

/// <summary>
/// A keyed hash (HMAC-SHA256, per municipality) of a never-contact person's normalised phone number or name, and the
/// id of the contact-matching key it was made under. Only services given that key can test a value against it; nobody
/// can turn it back into the number or name (docs/decisions/033-never-contact-fingerprints.md).
/// </summary>
public sealed record ContactFingerprint
{
    public required string KeyId { get; init; }

    public required ContactFingerprintKind Kind { get; init; }

    public required string Hash { get; init; }
}
