using System.Security.Claims;
using CtiPlatform.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

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

    /// <summary>A municipality no test host serves.</summary>
    public const string UnknownTenant = "999";

    /// <summary>The <c>JwtOptions</c> and <c>TenantOptions</c> keys that make a host accept these tokens for tenants A and B.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Configuration =>
    [
        new("JwtOptions:Issuer", Issuer),
        new("JwtOptions:Audience", Audience),
        new("JwtOptions:SigningKey", SigningKey),
        new("TenantOptions:Tenants:0:Id", TenantA),
        new("TenantOptions:Tenants:0:Name", "København"),
        new("TenantOptions:Tenants:1:Id", TenantB),
        new("TenantOptions:Tenants:1:Name", "Odense"),
    ];

    public static string Mint(string role, string tenantId = TenantA, string? organisationId = null, string? subject = null) =>
        TokenIssuer.Issue(subject ?? $"user-{role}", [role], tenantId, organisationId, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));

    /// <summary>
    /// A validly signed token of a known municipality with no <c>sub</c> claim, as Keycloak (25 and later) issues to
    /// clients without the basic scope. The platform must refuse it, never treat it as a caller.
    /// </summary>
    public static string MintWithoutSubject(string role, string tenantId = TenantA) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim(CtiClaimTypes.Tenant, tenantId), new Claim(CtiClaimTypes.Role, role)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
}
