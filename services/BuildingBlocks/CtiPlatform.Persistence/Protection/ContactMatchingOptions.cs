namespace CtiPlatform.Persistence.Protection;

/// <summary>
/// The key ring of the never-contact fingerprints (docs/decisions/033-never-contact-fingerprints.md). Bound from the
/// <c>ContactMatchingOptions</c> section, and given only to the services that must recognise a never-contact person:
/// safety planning, which lists them, and the services that must refuse or warn. A service without it cannot turn a
/// fingerprint on the bus back into a number by trying every number.
/// </summary>
public sealed class ContactMatchingOptions
{
    /// <summary>Base64 master keys (32 bytes or more) by key id; from secrets, never a ConfigMap.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The id in <see cref="Keys"/> that new fingerprints are made under first.</summary>
    public string? CurrentKeyId { get; set; }
}
