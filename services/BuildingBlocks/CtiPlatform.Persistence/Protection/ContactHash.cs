namespace CtiPlatform.Persistence.Protection;

/// <summary>One keyed hash of a normalised phone number or name, and the id of the key it was made under.</summary>
public sealed record ContactHash(string KeyId, string Hash);
