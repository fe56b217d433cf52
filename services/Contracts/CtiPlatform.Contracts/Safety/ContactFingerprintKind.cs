namespace CtiPlatform.Contracts.Safety;

/// <summary>What a never-contact fingerprint was made of. Appended to, never renumbered.</summary>
public enum ContactFingerprintKind
{
    Phone = 0,
    Name = 1,
}
