using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Testing;

/// <summary>Bearer tokens for any role, municipality and shelter organisation, accepted by hosts configured with <see cref="Configuration"/>.</summary>
public static class TestTokens
{
    public const string Issuer = "cti-test-issuer";
    public const string Audience = "cti-platform";

    /// <summary>The default municipality of tests (København).</summary>
    public const string TenantA = "101";

    /// <summary>A second municipality (Odense), for isolation tests.</summary>
    public const string TenantB = "461";

    private static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private static readonly SymmetricTokenIssuer TokenIssuer = new(Issuer, Audience, SigningKey);

    /// <summary>The <c>JwtOptions</c> configuration keys that make a host accept these tokens.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Configuration =>
    [
        new("JwtOptions:Issuer", Issuer),
        new("JwtOptions:Audience", Audience),
        new("JwtOptions:SigningKey", SigningKey),
    ];

    public static string Mint(string role, string tenantId = TenantA, string? organisationId = null, string? subject = null) =>
        TokenIssuer.Issue(subject ?? $"user-{role}", [role], tenantId, organisationId, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
}
